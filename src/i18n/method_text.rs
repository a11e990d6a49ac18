//! The method page's text in each language: data tables, one `static` per language.
//! `{…}` marks a value filled in when the page is made.

use serde::Serialize;

/// The text of the method page (`/method/`): how progress and status are computed.
#[derive(Debug, Serialize)]
pub struct MethodText {
    /// What the page is.
    pub intro: &'static str,
    /// The date status is judged on; `{date}` filled in.
    pub as_of: &'static str,
    /// Heading: a goal's progress.
    pub goal_heading: &'static str,
    /// How a goal's progress is computed.
    pub goal_text: &'static str,
    /// A goal whose number is to go down.
    pub goal_decrease: &'static str,
    /// Heading: an initiative's progress.
    pub initiative_heading: &'static str,
    /// Override, goals, actions, none.
    pub initiative_text: &'static str,
    /// Heading: status.
    pub status_heading: &'static str,
    /// The rules are tried in order.
    pub status_intro: &'static str,
    /// A status set by hand. The rules after it are the conditions for the status
    /// shown before each.
    pub rule_override: &'static str,
    /// 100 %.
    pub rule_done: &'static str,
    /// Past its due date.
    pub rule_off_track: &'static str,
    /// Starts later, or nothing to go by.
    pub rule_not_started: &'static str,
    /// Behind its schedule; `{points}` filled in.
    pub rule_at_risk: &'static str,
    /// Otherwise.
    pub rule_on_track: &'static str,
    /// Heading: strategies, themes and directors.
    pub aggregate_heading: &'static str,
    /// Means without cancelled initiatives and those without progress.
    pub aggregate_text: &'static str,
    /// Heading: follow-up.
    pub follow_up_heading: &'static str,
    /// How often; `{every}` filled in.
    pub follow_up_text: &'static str,
    /// Grace days; `{days}` filled in.
    pub follow_up_grace: &'static str,
    /// When an update is overdue.
    pub follow_up_rule: &'static str,
    /// The site has no reporting cadence.
    pub no_follow_up: &'static str,
    /// Heading: the worked example.
    pub example_heading: &'static str,
    /// `{title}` filled in.
    pub example_intro: &'static str,
    /// Table column.
    pub col_goal: &'static str,
    /// Table column.
    pub col_baseline: &'static str,
    /// Table column.
    pub col_target: &'static str,
    /// Table column.
    pub col_current: &'static str,
    /// Table column.
    pub col_progress: &'static str,
    /// `{progress}` filled in.
    pub example_goals: &'static str,
    /// `{actions}` ("3 af 5 handlinger gennemført") and `{progress}` filled in.
    pub example_actions: &'static str,
    /// `{progress}` filled in.
    pub example_override: &'static str,
    /// `{start}`, `{due}`, `{as_of}`, `{elapsed}` filled in.
    pub example_elapsed: &'static str,
    /// `{behind}` and `{points}` filled in.
    pub example_behind: &'static str,
    /// `{status}` filled in.
    pub example_status: &'static str,
    /// No initiative with measured goals.
    pub no_example: &'static str,
}

/// The method page in Danish.
pub(super) static DA: MethodText = MethodText {
    intro: "Fremdrift og status på dette site beregnes efter faste regler ud fra det, der står i strategierne. Her er reglerne. Alle tal regnes eksakt; der afrundes først, når et tal vises.",
    as_of: "Status er opgjort pr. {date}.",
    goal_heading: "Et måls fremdrift",
    goal_text: "Et mål har en udgangsværdi (0, hvis den ikke er angivet), en målværdi og en målt værdi. Fremdriften er den del af vejen fra udgangsværdien til målværdien, der er tilbagelagt: (målt værdi − udgangsværdi) / (målværdi − udgangsværdi). Den er mindst 0 % og højst 100 %. Et mål uden målt værdi har ingen fremdrift.",
    goal_decrease: "Det gælder også mål, hvor tallet skal ned: skal et tal fra 12 ned til 8, og er det nu 10, er målet nået halvvejs (50 %).",
    initiative_heading: "Et initiativs fremdrift",
    initiative_text: "Har den ansvarlige selv angivet en fremdrift, bruges den. Ellers er fremdriften gennemsnittet af de målte måls fremdrift. Har initiativet ingen målte mål, er det andelen af handlinger, der er gennemført. Ellers har initiativet ingen fremdrift.",
    status_heading: "Status",
    status_intro: "Reglerne prøves i denne rækkefølge; den første, der passer, giver status.",
    rule_override: "Har den ansvarlige selv angivet en status, gælder den.",
    rule_done: "Fremdriften er 100 %.",
    rule_off_track: "Fristen er passeret, og fremdriften er under 100 %.",
    rule_not_started: "Startdatoen ligger efter opgørelsesdatoen, eller initiativet har hverken datoer eller fremdrift.",
    rule_at_risk: "Den del af tiden fra start til frist, der er gået, er mere end {points} procentpoint større end fremdriften (mangler fremdriften, tæller den som 0 %).",
    rule_on_track: "Ingen af reglerne ovenfor passer.",
    aggregate_heading: "Strategier, temaer og direktører",
    aggregate_text: "Fremdriften for en strategi, et tema eller en direktør er gennemsnittet af initiativernes fremdrift. Annullerede initiativer og initiativer uden fremdrift tæller ikke med.",
    follow_up_heading: "Opfølgning",
    follow_up_text: "Initiativerne skal opdateres {every}.",
    follow_up_grace: "Der gives {days} dage ekstra efter hver periode.",
    follow_up_rule: "Et initiativ mangler en opdatering, når der er gået mere end en periode (plus de ekstra dage) siden seneste opdatering. Seneste opdatering er den seneste af datoen for seneste ændring, målingerne af initiativets mål og, når webstedet ligger i git, den seneste gemte version af initiativets fil. Et initiativ, der aldrig er opdateret, tælles fra sin startdato eller strategiens vedtagelse. Afsluttede og annullerede initiativer følges ikke længere op.",
    no_follow_up: "Dette site har ingen fast frekvens for opfølgning, så intet initiativ mangler en opdatering.",
    example_heading: "Et eksempel fra dette site",
    example_intro: "Sådan er tallene for {title} regnet ud.",
    col_goal: "Mål",
    col_baseline: "Udgangsværdi",
    col_target: "Målværdi",
    col_current: "Målt",
    col_progress: "Fremdrift",
    example_goals: "Initiativets fremdrift er gennemsnittet af de målte måls fremdrift: {progress}.",
    example_actions: "Initiativet har ingen målte mål: {actions}, altså {progress}.",
    example_override: "Den ansvarlige har selv angivet fremdriften: {progress}.",
    example_elapsed: "Fra start {start} til frist {due} var {elapsed} af tiden gået pr. {as_of}.",
    example_behind: "Fremdriften er {behind} procentpoint efter tiden; grænsen for risiko er {points}.",
    example_status: "Status: {status}.",
    no_example: "Sitet har endnu intet initiativ med en fremdrift, der kan bruges som eksempel.",
};

/// The method page in Norwegian bokmål.
pub(super) static NB: MethodText = MethodText {
    intro: "Framdrift og status på dette nettstedet beregnes etter faste regler ut fra det som står i strategiene. Her er reglene. Alle tall regnes eksakt; det rundes først av når et tall vises.",
    as_of: "Status er gjort opp per {date}.",
    goal_heading: "Framdriften for et mål",
    goal_text: "Et mål har en utgangsverdi (0 hvis den ikke er oppgitt), en målverdi og en målt verdi. Framdriften er den delen av veien fra utgangsverdien til målverdien som er tilbakelagt: (målt verdi − utgangsverdi) / (målverdi − utgangsverdi). Den er minst 0 % og høyst 100 %. Et mål uten målt verdi har ingen framdrift.",
    goal_decrease: "Det gjelder også mål der tallet skal ned: skal et tall fra 12 ned til 8, og er det nå 10, er målet nådd halvveis (50 %).",
    initiative_heading: "Framdriften for et tiltak",
    initiative_text: "Har den ansvarlige selv oppgitt en framdrift, brukes den. Ellers er framdriften gjennomsnittet av framdriften for de målte målene. Har tiltaket ingen målte mål, er det andelen av handlingene som er fullført. Ellers har tiltaket ingen framdrift.",
    status_heading: "Status",
    status_intro: "Reglene prøves i denne rekkefølgen; den første som passer, gir status.",
    rule_override: "Har den ansvarlige selv oppgitt en status, gjelder den.",
    rule_done: "Framdriften er 100 %.",
    rule_off_track: "Fristen er passert, og framdriften er under 100 %.",
    rule_not_started: "Startdatoen ligger etter datoen status gjøres opp, eller tiltaket har verken datoer eller framdrift.",
    rule_at_risk: "Den delen av tiden fra start til frist som har gått, er mer enn {points} prosentpoeng større enn framdriften (mangler framdriften, teller den som 0 %).",
    rule_on_track: "Ingen av reglene ovenfor passer.",
    aggregate_heading: "Strategier, temaer og direktører",
    aggregate_text: "Framdriften for en strategi, et tema eller en direktør er gjennomsnittet av framdriften for tiltakene. Avlyste tiltak og tiltak uten framdrift teller ikke med.",
    follow_up_heading: "Oppfølging",
    follow_up_text: "Tiltakene skal oppdateres {every}.",
    follow_up_grace: "Det gis {days} dager ekstra etter hver periode.",
    follow_up_rule: "Et tiltak mangler en oppdatering når det har gått mer enn en periode (pluss de ekstra dagene) siden siste oppdatering. Siste oppdatering er den seneste av datoen for siste endring, målingene av tiltakets mål og, når nettstedet ligger i git, den siste lagrede versjonen av filen til tiltaket. Et tiltak som aldri er oppdatert, telles fra startdatoen eller fra vedtaket av strategien. Fullførte og avlyste tiltak følges ikke lenger opp.",
    no_follow_up: "Dette nettstedet har ingen fast frekvens for oppfølging, så ingen tiltak mangler en oppdatering.",
    example_heading: "Et eksempel fra dette nettstedet",
    example_intro: "Slik er tallene for {title} regnet ut.",
    col_goal: "Mål",
    col_baseline: "Utgangsverdi",
    col_target: "Målverdi",
    col_current: "Målt",
    col_progress: "Framdrift",
    example_goals: "Framdriften for tiltaket er gjennomsnittet av framdriften for de målte målene: {progress}.",
    example_actions: "Tiltaket har ingen målte mål: {actions}, altså {progress}.",
    example_override: "Den ansvarlige har selv oppgitt framdriften: {progress}.",
    example_elapsed: "Fra start {start} til frist {due} hadde {elapsed} av tiden gått per {as_of}.",
    example_behind: "Framdriften er {behind} prosentpoeng etter tiden; grensen for faresonen er {points}.",
    example_status: "Status: {status}.",
    no_example: "Nettstedet har ennå ikke noe tiltak med en framdrift som kan brukes som eksempel.",
};

/// The method page in Norwegian nynorsk.
pub(super) static NN: MethodText = MethodText {
    intro: "Framdrift og status på denne nettstaden blir rekna ut etter faste reglar ut frå det som står i strategiane. Her er reglane. Alle tal blir rekna eksakt; det blir først runda av når eit tal blir vist.",
    as_of: "Status er gjord opp per {date}.",
    goal_heading: "Framdrifta for eit mål",
    goal_text: "Eit mål har ein utgangsverdi (0 om han ikkje er oppgitt), ein målverdi og ein målt verdi. Framdrifta er den delen av vegen frå utgangsverdien til målverdien som er tilbakelagd: (målt verdi − utgangsverdi) / (målverdi − utgangsverdi). Ho er minst 0 % og høgst 100 %. Eit mål utan målt verdi har inga framdrift.",
    goal_decrease: "Det gjeld òg mål der talet skal ned: skal eit tal frå 12 ned til 8, og er det no 10, er målet nådd halvvegs (50 %).",
    initiative_heading: "Framdrifta for eit tiltak",
    initiative_text: "Har den ansvarlege sjølv oppgitt ei framdrift, blir ho brukt. Elles er framdrifta gjennomsnittet av framdrifta for dei målte måla. Har tiltaket ingen målte mål, er det delen av handlingane som er fullførte. Elles har tiltaket inga framdrift.",
    status_heading: "Status",
    status_intro: "Reglane blir prøvde i denne rekkjefølgja; den første som passar, gir status.",
    rule_override: "Har den ansvarlege sjølv oppgitt ein status, gjeld han.",
    rule_done: "Framdrifta er 100 %.",
    rule_off_track: "Fristen er passert, og framdrifta er under 100 %.",
    rule_not_started: "Startdatoen ligg etter datoen status blir gjord opp, eller tiltaket har verken datoar eller framdrift.",
    rule_at_risk: "Den delen av tida frå start til frist som har gått, er meir enn {points} prosentpoeng større enn framdrifta (manglar framdrifta, tel ho som 0 %).",
    rule_on_track: "Ingen av reglane ovanfor passar.",
    aggregate_heading: "Strategiar, tema og direktørar",
    aggregate_text: "Framdrifta for ein strategi, eit tema eller ein direktør er gjennomsnittet av framdrifta for tiltaka. Avlyste tiltak og tiltak utan framdrift tel ikkje med.",
    follow_up_heading: "Oppfølging",
    follow_up_text: "Tiltaka skal oppdaterast {every}.",
    follow_up_grace: "Det blir gitt {days} dagar ekstra etter kvar periode.",
    follow_up_rule: "Eit tiltak manglar ei oppdatering når det har gått meir enn ein periode (pluss dei ekstra dagane) sidan siste oppdatering. Siste oppdatering er den seinaste av datoen for siste endring, målingane av måla til tiltaket og, når nettstaden ligg i git, den siste lagra versjonen av fila til tiltaket. Eit tiltak som aldri er oppdatert, blir rekna frå startdatoen eller frå vedtaket av strategien. Fullførte og avlyste tiltak blir ikkje lenger følgde opp.",
    no_follow_up: "Denne nettstaden har ingen fast frekvens for oppfølging, så ingen tiltak manglar ei oppdatering.",
    example_heading: "Eit døme frå denne nettstaden",
    example_intro: "Slik er tala for {title} rekna ut.",
    col_goal: "Mål",
    col_baseline: "Utgangsverdi",
    col_target: "Målverdi",
    col_current: "Målt",
    col_progress: "Framdrift",
    example_goals: "Framdrifta for tiltaket er gjennomsnittet av framdrifta for dei målte måla: {progress}.",
    example_actions: "Tiltaket har ingen målte mål: {actions}, altså {progress}.",
    example_override: "Den ansvarlege har sjølv oppgitt framdrifta: {progress}.",
    example_elapsed: "Frå start {start} til frist {due} hadde {elapsed} av tida gått per {as_of}.",
    example_behind: "Framdrifta er {behind} prosentpoeng etter tida; grensa for faresona er {points}.",
    example_status: "Status: {status}.",
    no_example: "Nettstaden har enno ikkje noko tiltak med ei framdrift som kan brukast som døme.",
};

/// The method page in Swedish.
pub(super) static SV: MethodText = MethodText {
    intro: "Framsteg och status på den här webbplatsen beräknas enligt fasta regler utifrån det som står i strategierna. Här är reglerna. Alla tal räknas exakt; de avrundas först när de visas.",
    as_of: "Status är avstämd per {date}.",
    goal_heading: "Ett måls framsteg",
    goal_text: "Ett mål har ett utgångsvärde (0 om det inte anges), ett målvärde och ett uppmätt värde. Framsteget är den del av vägen från utgångsvärdet till målvärdet som har tillryggalagts: (uppmätt värde − utgångsvärde) / (målvärde − utgångsvärde). Det är minst 0 % och högst 100 %. Ett mål utan uppmätt värde har inget framsteg.",
    goal_decrease: "Det gäller också mål där talet ska ner: ska ett tal från 12 ner till 8, och är det nu 10, är målet nått till hälften (50 %).",
    initiative_heading: "En insats framsteg",
    initiative_text: "Har den ansvariga själv angett ett framsteg används det. Annars är framsteget medelvärdet av de uppmätta målens framsteg. Har insatsen inga uppmätta mål är det andelen åtgärder som är genomförda. Annars har insatsen inget framsteg.",
    status_heading: "Status",
    status_intro: "Reglerna prövas i den här ordningen; den första som passar ger status.",
    rule_override: "Har den ansvariga själv angett en status gäller den.",
    rule_done: "Framsteget är 100 %.",
    rule_off_track: "Sista datum har passerat och framsteget är under 100 %.",
    rule_not_started: "Startdatumet ligger efter avstämningsdatumet, eller insatsen har varken datum eller framsteg.",
    rule_at_risk: "Den del av tiden från start till sista datum som har gått är mer än {points} procentenheter större än framsteget (saknas framsteg räknas det som 0 %).",
    rule_on_track: "Ingen av reglerna ovan passar.",
    aggregate_heading: "Strategier, teman och direktörer",
    aggregate_text: "Framsteget för en strategi, ett tema eller en direktör är medelvärdet av insatsernas framsteg. Inställda insatser och insatser utan framsteg räknas inte med.",
    follow_up_heading: "Uppföljning",
    follow_up_text: "Insatserna ska uppdateras {every}.",
    follow_up_grace: "Efter varje period ges {days} extra dagar.",
    follow_up_rule: "En insats saknar en uppdatering när det har gått mer än en period (plus de extra dagarna) sedan den senaste uppdateringen. Den senaste uppdateringen är den senaste av datumet för senaste ändring, mätningarna av insatsens mål och, när webbplatsen ligger i git, den senast sparade versionen av insatsens fil. En insats som aldrig har uppdaterats räknas från sitt startdatum eller från beslutet om strategin. Avslutade och inställda insatser följs inte längre upp.",
    no_follow_up: "Den här webbplatsen har ingen fast frekvens för uppföljning, så ingen insats saknar en uppdatering.",
    example_heading: "Ett exempel från den här webbplatsen",
    example_intro: "Så har siffrorna för {title} räknats fram.",
    col_goal: "Mål",
    col_baseline: "Utgångsvärde",
    col_target: "Målvärde",
    col_current: "Uppmätt",
    col_progress: "Framsteg",
    example_goals: "Insatsens framsteg är medelvärdet av de uppmätta målens framsteg: {progress}.",
    example_actions: "Insatsen har inga uppmätta mål: {actions}, alltså {progress}.",
    example_override: "Den ansvariga har själv angett framsteget: {progress}.",
    example_elapsed: "Från start {start} till sista datum {due} hade {elapsed} av tiden gått per {as_of}.",
    example_behind: "Framsteget ligger {behind} procentenheter efter tiden; gränsen för riskzonen är {points}.",
    example_status: "Status: {status}.",
    no_example: "Webbplatsen har ännu ingen insats med ett framsteg som kan användas som exempel.",
};

/// The method page in English.
pub(super) static EN: MethodText = MethodText {
    intro: "Progress and status on this site are worked out by fixed rules from what the strategies say. These are the rules. Every figure is computed exactly; numbers are rounded only when they are shown.",
    as_of: "Status is as of {date}.",
    goal_heading: "A goal's progress",
    goal_text: "A goal has a baseline (0 when none is given), a target and a measured value. Its progress is the share of the way from the baseline to the target that has been covered: (measured − baseline) / (target − baseline). It is at least 0 % and at most 100 %. A goal without a measured value has no progress.",
    goal_decrease: "This also holds for goals whose number is to go down: from 12 down to 8, a value of 10 is halfway (50 %).",
    initiative_heading: "An initiative's progress",
    initiative_text: "If the person responsible has given a progress, that is used. Otherwise it is the mean of its measured goals' progress. An initiative without measured goals has the share of its actions that are done. Otherwise it has no progress.",
    status_heading: "Status",
    status_intro: "The rules are tried in this order; the first that applies gives the status.",
    rule_override: "A status given by the person responsible stands.",
    rule_done: "Its progress is 100 %.",
    rule_off_track: "Its due date has passed and its progress is below 100 %.",
    rule_not_started: "It starts after the date status is judged on, or it has neither dates nor progress.",
    rule_at_risk: "The share of the time from start to due date that has passed exceeds its progress by more than {points} percentage points (no progress counts as 0 %).",
    rule_on_track: "None of the rules above applies.",
    aggregate_heading: "Strategies, themes and directors",
    aggregate_text: "The progress of a strategy, a theme or a director is the mean of its initiatives' progress. Cancelled initiatives and those without progress are left out.",
    follow_up_heading: "Follow-up",
    follow_up_text: "Initiatives are to be updated {every}.",
    follow_up_grace: "{days} days' grace are given after each period.",
    follow_up_rule: "An initiative's update is overdue when more than one period (plus the grace days) has passed since its last update. Its last update is the latest of the date it was last changed, the measurements of its goals and, when the site is in git, the last committed version of its file. An initiative never updated is counted from its start date or the strategy's adoption. Done and cancelled initiatives are no longer followed up.",
    no_follow_up: "This site has no set reporting cadence, so no initiative's update is overdue.",
    example_heading: "An example from this site",
    example_intro: "This is how the figures for {title} are worked out.",
    col_goal: "Goal",
    col_baseline: "Baseline",
    col_target: "Target",
    col_current: "Measured",
    col_progress: "Progress",
    example_goals: "The initiative's progress is the mean of its measured goals' progress: {progress}.",
    example_actions: "The initiative has no measured goals: {actions}, so {progress}.",
    example_override: "The person responsible has given its progress: {progress}.",
    example_elapsed: "From its start on {start} to its due date {due}, {elapsed} of the time had passed on {as_of}.",
    example_behind: "Its progress is {behind} percentage points behind the time; the limit for at risk is {points}.",
    example_status: "Status: {status}.",
    no_example: "The site has no initiative with progress to use as an example yet.",
};
