//! One build at a time per output folder: an exclusive OS file lock (as cargo holds on
//! its build folder) on a lock file beside the output, `.<name>.retning-lock`.
//!
//! Two builds into one output once interleaved their swaps and published a partial site
//! while both reported success. The lock is held from before the output is checked
//! until the new site is in place; the OS releases it when the process ends, however
//! it ends, so a killed build never leaves a stale lock. The lock file itself stays (it
//! is empty): removing it on release would let a third process lock a new file while
//! a second still waits on the old one.

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::Diagnostics;

/// The lock on an output folder, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
    path: PathBuf,
}

/// What to do when another build holds the lock.
pub enum WhenLocked<'a> {
    /// Wait for it, calling this once first (to tell the person why nothing happens).
    Wait(&'a mut dyn FnMut(&Path)),
    /// Fail at once.
    Fail,
}

/// The lock file of `output`: beside it, so that it outlives the swap of the folder.
pub fn lock_path(output: &Path) -> PathBuf {
    let target = super::resolve(output);
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned());
    let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    parent.join(format!(".{}.retning-lock", name.as_deref().unwrap_or("public")))
}

impl OutputLock {
    /// Takes the lock of `output`, waiting or failing as `when_locked` says.
    pub fn acquire(output: &Path, when_locked: WhenLocked<'_>) -> Result<OutputLock, Diagnostics> {
        let path = lock_path(output);
        let fail = |what: &'static str, e: std::io::Error| {
            super::output_problem(
                output,
                crate::msg!(
                    "lock-failed",
                    what = what,
                    path = path.display().to_string(),
                    error = crate::load::io_error(&e)
                ),
                crate::msg!("lock-failed-help"),
            )
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| fail("create-folder", e))?;
        }
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| fail("open", e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => match when_locked {
                WhenLocked::Fail => {
                    return Err(super::output_problem(
                        output,
                        crate::msg!("output-locked", output = output.display().to_string()),
                        crate::msg!("output-locked-help"),
                    ))
                }
                WhenLocked::Wait(tell) => {
                    tell(output);
                    file.lock().map_err(|e| fail("lock", e))?;
                }
            },
            Err(TryLockError::Error(e)) => return Err(fail("lock", e)),
        }
        Ok(OutputLock { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_or_fails() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = OutputLock::acquire(&out, WhenLocked::Fail).unwrap();
        assert_eq!(first.path(), dir.path().canonicalize().unwrap().join(".public.retning-lock"));
        let refused = OutputLock::acquire(&out, WhenLocked::Fail).unwrap_err();
        assert!(refused
            .iter()
            .next()
            .unwrap()
            .message
            .to_string()
            .contains("another retning build"));
        // A waiting build is told, then gets the lock when the first is done.
        let out2 = out.clone();
        let waiter = std::thread::spawn(move || {
            let mut told = false;
            let lock = OutputLock::acquire(&out2, WhenLocked::Wait(&mut |_| told = true));
            (lock.is_ok(), told)
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        drop(first);
        assert_eq!(waiter.join().unwrap(), (true, true));
    }
}
