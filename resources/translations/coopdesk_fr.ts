<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(sans phase)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l’instant)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer from {0}</source>
        <translation>Réponse de {0}</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>&amp;Answered on:</source>
        <translation>Date de la &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>&amp;Leur référence&#xa0;:</translation>
    </message>
    <message>
        <source>The authority&apos;s reference</source>
        <translation>Référence de l’autorité</translation>
    </message>
</context>
<context>
    <name>AppArguments</name>
    <message>
        <source>workspace folder</source>
        <translation>dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>open (and if needed create) a demo workspace with sample data</source>
        <translation>ouvrir (et au besoin créer) un espace de travail de démonstration avec des données d’exemple</translation>
    </message>
    <message>
        <source>language of the interface (default: as chosen in Settings, else the system&apos;s)</source>
        <translation>langue de l’interface (par défaut&#xa0;: celle choisie dans les Paramètres, sinon celle du système)</translation>
    </message>
    <message>
        <source>check this installation offscreen, one line per step, then exit</source>
        <translation>vérifier cette installation sans affichage, une ligne par étape, puis quitter</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>un argument au plus attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>un argument au moins attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>ArrestDialog</name>
    <message>
        <source>Record the arrest</source>
        <translation>Enregistrer l’arrestation</translation>
    </message>
    <message>
        <source>Rule 188: the Court&apos;s full request for surrender is due within 60 days of the provisional arrest. The clock runs from the day you enter.</source>
        <translation>Règle 188&#xa0;: la demande de remise complète de la Cour doit parvenir dans les 60 jours suivant l’arrestation provisoire. Le délai court à partir de la date saisie.</translation>
    </message>
    <message>
        <source>The day the person was arrested; it is kept in the timeline.</source>
        <translation>Le jour où la personne a été arrêtée&#xa0;; il est conservé dans l’historique.</translation>
    </message>
</context>
<context>
    <name>ArrestForm</name>
    <message>
        <source>&amp;Arrested on:</source>
        <translation>&amp;Arrêtée le&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the arrest</source>
        <translation>Date de l’arrestation</translation>
    </message>
</context>
<context>
    <name>AuditMessages</name>
    <message>
        <source>{0} deleted outside the app{1}</source>
        <translation>{0}&#xa0;: suppression hors de l’application{1}</translation>
    </message>
    <message>
        <source>{0} added outside the app{1}</source>
        <translation>{0}&#xa0;: ajout hors de l’application{1}</translation>
    </message>
    <message>
        <source>{0} changed outside the app{1}</source>
        <translation>{0}&#xa0;: modification hors de l’application{1}</translation>
    </message>
    <message>
        <source>attachment {1} of request {0}</source>
        <translation>pièce jointe {1} de la demande {0}</translation>
    </message>
    <message>
        <source>checklist step {1} of request {0}</source>
        <translation>étape {1} de la liste de contrôle de la demande {0}</translation>
    </message>
    <message>
        <source>checklist {1} of request {0}</source>
        <translation>liste de contrôle {1} de la demande {0}</translation>
    </message>
    <message>
        <source>note {1} of request {0}</source>
        <translation>note {1} de la demande {0}</translation>
    </message>
    <message>
        <source>request {0}</source>
        <translation>demande {0}</translation>
    </message>
    <message>
        <source>routing step {1} of request {0}</source>
        <translation>transmission {1} de la demande {0}</translation>
    </message>
    <message>
        <source>pages {0}</source>
        <translation>pages {0}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <source>cannot be read whole: {0}</source>
        <translation>illisibles en entier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>the integrity checks fail</source>
        <translation>les contrôles d’intégrité échouent</translation>
    </message>
    <message>
        <source>the database is damaged ({0})</source>
        <translation>la base de données est endommagée ({0})</translation>
    </message>
    <message>
        <source>the audit trail is broken from entry {0}</source>
        <translation>le journal d’audit est rompu à partir de l’entrée {0}</translation>
    </message>
    <message>
        <source>{0} rows were changed outside the app</source>
        <translation>{0} lignes ont été modifiées hors de l’application</translation>
    </message>
    <message>
        <source>Database: damaged ({0}). PRAGMA integrity checks:</source>
        <translation>Base de données&#xa0;: endommagée ({0}). Contrôles d’intégrité PRAGMA&#xa0;:</translation>
    </message>
    <message>
        <source>  ... and {0} more</source>
        <translation>  ... et {0} de plus</translation>
    </message>
    <message>
        <source>Database: intact (SQLite and SQLCipher integrity checks pass).</source>
        <translation>Base de données&#xa0;: intègre (les contrôles d’intégrité SQLite et SQLCipher sont satisfaits).</translation>
    </message>
    <message>
        <source>Audit trail: {0}.</source>
        <translation>Journal d’audit&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Audit trail: BROKEN from entry {0} ({1} entries):</source>
        <translation>Journal d’audit&#xa0;: ROMPU à partir de l’entrée {0} ({1} entrées)&#xa0;:</translation>
    </message>
    <message>
        <source>Audit trail: intact, {0} entries.</source>
        <translation>Journal d’audit&#xa0;: intègre, {0} entrées.</translation>
    </message>
    <message>
        <source>Data: {0} of {1} rows differ from the audit trail:</source>
        <translation>Données&#xa0;: {0} lignes sur {1} diffèrent du journal d’audit&#xa0;:</translation>
    </message>
    <message>
        <source>... and {0} more</source>
        <translation>... et {0} autres</translation>
    </message>
    <message>
        <source>Data: intact, {0} rows as the audit trail recorded them.</source>
        <translation>Données&#xa0;: intactes, {0} lignes telles que le journal d’audit les a enregistrées.</translation>
    </message>
    <message>
        <source>Anchor: entry {0} matches.</source>
        <translation>Ancre&#xa0;: l’entrée {0} correspond.</translation>
    </message>
    <message>
        <source>Audit chain: seq {0}, head {1}…</source>
        <translation>Chaîne d’audit&#xa0;: entrée {0}, empreinte {1}…</translation>
    </message>
    <message>
        <source>An anchor is the entry number and its hash, e.g. &apos;1234:9f86d081884c7d65&apos; (as printed on a backup or an export).</source>
        <translation>Une ancre est le numéro d’une entrée suivi de son empreinte, par exemple 1234:9f86d081884c7d65 (telle qu’imprimée sur une sauvegarde ou une exportation).</translation>
    </message>
    <message>
        <source>entry {0} is missing: deleted from the log.</source>
        <translation>l’entrée {0} manque&#xa0;: elle a été supprimée du journal.</translation>
    </message>
    <message>
        <source>entries {0} to {1} are missing: deleted from the log.</source>
        <translation>les entrées {0} à {1} manquent&#xa0;: elles ont été supprimées du journal.</translation>
    </message>
    <message>
        <source>entry {0} was replaced or edited and its hash recomputed: entry {1} no longer links to it.</source>
        <translation>l’entrée {0} a été remplacée ou modifiée et son empreinte recalculée&#xa0;: l’entrée {1} ne s’y rattache plus.</translation>
    </message>
    <message>
        <source>entry {0} does not start the chain: entries before it were removed or the log was rebuilt.</source>
        <translation>l’entrée {0} n’ouvre pas la chaîne&#xa0;: des entrées antérieures ont été supprimées ou le journal a été reconstitué.</translation>
    </message>
    <message>
        <source>entry {0} was written as entry {1}: the log was reordered.</source>
        <translation>l’entrée {0} a été écrite comme entrée {1}&#xa0;: l’ordre du journal a été modifié.</translation>
    </message>
    <message>
        <source>entry {0} was edited: its content no longer matches its hash.</source>
        <translation>l’entrée {0} a été modifiée&#xa0;: son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>entries {0} to {1} are missing: the log was cut off after entry {2}, but the anchor shows it reached entry {1}.</source>
        <translation>les entrées {0} à {1} manquent&#xa0;: le journal a été tronqué après l’entrée {2}, alors que l’ancre montre qu’il allait jusqu’à l’entrée {1}.</translation>
    </message>
    <message>
        <source>entry {0} differs from the anchor: the log was rewritten up to there (or the anchor belongs to another workspace).</source>
        <translation>l’entrée {0} diffère de l’ancre&#xa0;: le journal a été réécrit jusqu’à ce point (ou l’ancre appartient à un autre espace de travail).</translation>
    </message>
    <message>
        <source>cannot be read (table events is damaged)</source>
        <translation>illisible (la table events est endommagée)</translation>
    </message>
    <message>
        <source>cannot be read: the database is damaged</source>
        <translation>illisible&#xa0;: la base de données est endommagée</translation>
    </message>
    <message>
        <source>the audit trail {0}</source>
        <translation>journal d’audit {0}</translation>
    </message>
    <message>
        <source>The audit trail is exported as .csv or .json: choose a file name ending in one of them.</source>
        <translation>Le journal d’audit s’exporte en .csv ou en .json&#xa0;: choisissez un nom de fichier se terminant par l’une de ces extensions.</translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the authority</source>
        <translation>Nom de l’autorité</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. Ministère de la Justice</translation>
    </message>
    <message>
        <source>&amp;What it does:</source>
        <translation>Attri&amp;butions&#xa0;:</translation>
    </message>
    <message>
        <source>Description of the authority</source>
        <translation>Attributions de l’autorité</translation>
    </message>
    <message>
        <source>e.g. Central authority for mutual legal assistance</source>
        <translation>p. ex. Autorité centrale pour l’entraide judiciaire</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail address of the authority</source>
        <translation>Adresse électronique de l’autorité</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Telephone number of the authority</source>
        <translation>Numéro de téléphone de l’autorité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>{0} does not pass the integrity checks ({1}).</source>
        <translation>{0} ne satisfait pas aux contrôles d’intégrité ({1}).</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}. Nothing was replaced.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {0}&#xa0;: {1}. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>No backup could be made: {0}</source>
        <translation>Aucune sauvegarde n’a pu être faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n’existe pas.</translation>
    </message>
    <message>
        <source>A backup cannot replace the workspace database itself.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données de l’espace de travail elle-même.</translation>
    </message>
    <message>
        <source>{0} already exists there; choose another name.</source>
        <translation>{0} existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup folder {0} cannot be used: {1}.</source>
        <translation>Le dossier de sauvegarde {0} ne peut pas être utilisé&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>{0} does not match its manifest: it was damaged or altered after it was made. Nothing was restored.</source>
        <translation>{0} ne correspond pas à son manifeste&#xa0;: le fichier a été endommagé ou modifié après sa création. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{0} Nothing was restored.</source>
        <translation>{0} Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{0} was made by a newer version of Cooperation Desk (schema {1}; this version knows up to {2}). Nothing was restored.</source>
        <translation>{0} a été créé par une version plus récente de Cooperation Desk (schéma {1}&#xa0;; cette version connaît jusqu’au schéma {2}). Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{0} does not pass its checks: {1}. Nothing was restored.</source>
        <translation>{0} ne passe pas ses contrôles&#xa0;: {1}. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{0} does not open with this workspace&apos;s key: it was made under another key. Give the recovery key of the workspace it came from. Nothing was restored.</source>
        <translation>{0} ne s’ouvre pas avec la clé de cet espace de travail&#xa0;: il a été créé sous une autre clé. Indiquez la clé de récupération de l’espace de travail d’origine. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The current database cannot be kept aside in {0}: {1}. Nothing was restored.</source>
        <translation>La base de données actuelle ne peut pas être mise de côté dans {0}&#xa0;: {1}. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the workspace: {0}. Nothing was restored.</source>
        <translation>La sauvegarde n’a pas pu être copiée dans l’espace de travail&#xa0;: {0}. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {0}.</source>
        <translation>La sauvegarde n’a pas pu être mise en place&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>BackupStoreMessages</name>
    <message>
        <source>{0} cannot be read.</source>
        <translation>{0} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{0} is a plain, unencrypted SQLite file, not an encrypted Cooperation Desk backup.</source>
        <translation>{0} est un fichier SQLite ordinaire, non chiffré, et non une sauvegarde chiffrée de Cooperation Desk.</translation>
    </message>
    <message>
        <source>{0} is too short to be a database.</source>
        <translation>{0} est trop court pour être une base de données.</translation>
    </message>
    <message>
        <source>{0} is damaged.</source>
        <translation>{0} est endommagé.</translation>
    </message>
    <message>
        <source>{0} does not open with this key: it was made under another key, or it is not a backup at all.</source>
        <translation>{0} ne s’ouvre pas avec cette clé&#xa0;: il a été créé sous une autre clé, ou ce n’est pas une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: the database is damaged.</source>
        <translation>Le journal d’audit ne peut pas être lu&#xa0;: la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The workspace database is damaged: some of its pages cannot be read, so it cannot be copied whole.</source>
        <translation>La base de données de l’espace de travail est endommagée&#xa0;: certaines de ses pages sont illisibles, elle ne peut donc pas être copiée en entier.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>This request has no due date to put in a calendar.</source>
        <translation>Cette demande n’a aucune échéance à mettre dans un calendrier.</translation>
    </message>
    <message>
        <source>No open request has a due date: there is nothing to export.</source>
        <translation>Aucune demande ouverte n’a d’échéance&#xa0;: il n’y a rien à exporter.</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>weekends only</source>
        <translation>week-ends seulement</translation>
    </message>
    <message>
        <source>{0} holidays</source>
        <translation>jours fériés {0}</translation>
    </message>
    <message>
        <source>Working week: {0} (weekend: {1}).</source>
        <translation>Semaine de travail&#xa0;: {0} (week-end&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>Working week: {0} (no weekend).</source>
        <translation>Semaine de travail&#xa0;: {0} (pas de week-end).</translation>
    </message>
    <message>
        <source> Set by hand.</source>
        <translation> Fixée à la main.</translation>
    </message>
    <message>
        <source>Routing due dates of the national authorities: {0}.</source>
        <translation>Échéances des autorités nationales saisies&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Acknowledgement, internal margin and checklists: {0}.</source>
        <translation>Accusé de réception, marge interne et listes de contrôle&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The Court is closed at weekends and on Dutch public holidays: a final due date on such a day shows its previous working day to deliver by.</source>
        <translation>La Cour est fermée le week-end et les jours fériés néerlandais&#xa0;: une échéance finale tombant un tel jour indique le jour ouvrable précédent pour la remise.</translation>
    </message>
    <message>
        <source>final due date</source>
        <translation>échéance finale</translation>
    </message>
    <message>
        <source>internal due date</source>
        <translation>échéance interne</translation>
    </message>
    <message>
        <source>acknowledgement of receipt due</source>
        <translation>accusé de réception à envoyer</translation>
    </message>
    <message>
        <source>deliver to the Court by (Court closed on the final due date)</source>
        <translation>remise à la Cour au plus tard (Cour fermée le jour de l’échéance finale)</translation>
    </message>
    <message>
        <source>periodic review</source>
        <translation>réexamen périodique</translation>
    </message>
    <message>
        <source>routing step due</source>
        <translation>échéance d’une autorité saisie</translation>
    </message>
    <message>
        <source>checklist step due</source>
        <translation>échéance d’une étape de liste de contrôle</translation>
    </message>
    <message>
        <source>Cooperation Desk deadlines</source>
        <translation>Échéances Cooperation Desk</translation>
    </message>
</context>
<context>
    <name>CasefileMessages</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A note cannot be dated {0}, a day still to come.</source>
        <translation>Une note ne peut pas être datée du {0}, jour à venir.</translation>
    </message>
    <message>
        <source>A note cannot be dated {0}, before the request was received ({1}).</source>
        <translation>Une note ne peut pas être datée du {0}, avant la réception de la demande ({1}).</translation>
    </message>
    <message>
        <source>{0} is {1}, not a file; nothing was attached.</source>
        <translation>{0} est {1} et non un fichier&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>Cannot read {0}: there is no such file in {1}. Nothing was attached.</source>
        <translation>Impossible de lire {0}&#xa0;: ce fichier n’existe pas dans {1}. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>{0} is a link that leads back to itself; nothing was attached.</source>
        <translation>{0} est un lien qui renvoie à lui-même&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} bytes ({1} MiB)</source>
        <translation>{0}&#xa0;octets ({1}&#xa0;Mio)</translation>
    </message>
    <message>
        <source>{0} is {1}; attachments are limited to {2} MiB ({3}, see Settings). Nothing was attached.</source>
        <translation>{0} pèse {1}&#xa0;; les pièces jointes sont limitées à {2} Mio ({3}, voir les Paramètres). Rien n’a été joint.</translation>
    </message>
    <message>
        <source>{0} grew past the attachment limit while reading; nothing was attached.</source>
        <translation>{0} a dépassé la taille maximale des pièces jointes pendant sa lecture&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}; nothing was attached.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}&#xa0;; rien n’a été joint.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an amount (e.g. 1250.50).</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un montant (par exemple 1250,50).</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un frais ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Say what the cost was for.</source>
        <translation>Indiquez l’objet du frais.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR or USD.</source>
        <translation>La devise est un code de trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>Cette pièce jointe n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ChecklistDocxMessages</name>
    <message>
        <source>The checklist is exported as a Word file: give a name ending in .docx.</source>
        <translation>La liste de contrôle s’exporte en fichier Word&#xa0;: donnez un nom se terminant par .docx.</translation>
    </message>
    <message>
        <source>{0} has no checklist to export.</source>
        <translation>{0} n’a pas de liste de contrôle à exporter.</translation>
    </message>
</context>
<context>
    <name>ChecklistDue</name>
    <message numerus="yes">
        <source>%n day(s) before {0}</source>
        <translation>
            <numerusform>%n jour avant {0}</numerusform>
            <numerusform>%n jours avant {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after {0}</source>
        <translation>
            <numerusform>%n jour après {0}</numerusform>
            <numerusform>%n jours après {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) before {0}</source>
        <translation>
            <numerusform>%n jour ouvrable avant {0}</numerusform>
            <numerusform>%n jours ouvrables avant {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) after {0}</source>
        <translation>
            <numerusform>%n jour ouvrable après {0}</numerusform>
            <numerusform>%n jours ouvrables après {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} minus %n day(s){1} = {2}</source>
        <translation>
            <numerusform>{0} moins %n jour{1} = {2}</numerusform>
            <numerusform>{0} moins %n jours{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} + %n day(s){1} = {2}</source>
        <translation>
            <numerusform>{0} + %n jour{1} = {2}</numerusform>
            <numerusform>{0} + %n jours{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} minus %n working day(s){1} = {2}</source>
        <translation>
            <numerusform>{0} moins %n jour ouvrable{1} = {2}</numerusform>
            <numerusform>{0} moins %n jours ouvrables{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} + %n working day(s){1} = {2}</source>
        <translation>
            <numerusform>{0} + %n jour ouvrable{1} = {2}</numerusform>
            <numerusform>{0} + %n jours ouvrables{1} = {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>la réception</translation>
    </message>
    <message>
        <source>the final due date</source>
        <translation>l’échéance finale</translation>
    </message>
    <message>
        <source>the planned transfer</source>
        <translation>le transfèrement prévu</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>Reçue le {0}</translation>
    </message>
    <message>
        <source>Final due {0}</source>
        <translation>Échéance finale {0}</translation>
    </message>
    <message>
        <source>Planned transfer {0}</source>
        <translation>Transfèrement prévu le {0}</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>en même temps que {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Due {0}, once that step is done</source>
        <translation>À faire {0}, une fois cette étape faite</translation>
    </message>
    <message>
        <source>{0} done {1}</source>
        <translation>{0} faite le {1}</translation>
    </message>
    <message>
        <source>Due {0}, once the transfer date is set</source>
        <translation>À faire {0}, une fois la date du transfèrement fixée</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>* mandatory: done or marked not applicable before the request is executed &amp;nbsp; {0} late &amp;nbsp; {1} done</source>
        <translation>* obligatoire&#xa0;: faite ou déclarée sans objet avant l’exécution de la demande &amp;nbsp; {0} en retard &amp;nbsp; {1} faite</translation>
    </message>
    <message>
        <source>Holding back “{0}”: {1}</source>
        <translation>Bloquant pour «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>la liste de contrôle</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between steps</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>No mandatory step is open.</source>
        <translation>Aucune étape obligatoire n’est en suspens.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Pas encore fixé</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Done {0}, {1}</source>
        <translation>Fait le {0}, {1}</translation>
    </message>
    <message>
        <source>Not applicable ({0}), {1}</source>
        <translation>Sans objet ({0}), {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Select a step first.</source>
        <translation>Sélectionnez d’abord une étape.</translation>
    </message>
    <message>
        <source>Add a transit State</source>
        <translation>Ajouter un État de transit</translation>
    </message>
    <message>
        <source>Select a transit State first.</source>
        <translation>Sélectionnez d’abord un État de transit.</translation>
    </message>
    <message>
        <source>Authorisation from {0}</source>
        <translation>Autorisation de {0}</translation>
    </message>
    <message>
        <source>Save the checklist as a Word document (not encrypted)</source>
        <translation>Enregistrer la liste de contrôle en document Word (non chiffré)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>Transfer of the person</source>
        <translation>Transfèrement de la personne</translation>
    </message>
    <message>
        <source>Planned transfer</source>
        <translation>Transfèrement prévu</translation>
    </message>
    <message>
        <source>Time to the transfer</source>
        <translation>Temps restant avant le transfèrement</translation>
    </message>
    <message>
        <source>Set &amp;date and time…</source>
        <translation>Fixer la &amp;date et l’heure…</translation>
    </message>
    <message>
        <source>Transit and overflight States (art. 89(3))</source>
        <translation>États de transit et de survol (art. 89, par. 3)</translation>
    </message>
    <message>
        <source>Transit States and their authorisations</source>
        <translation>États de transit et leurs autorisations</translation>
    </message>
    <message>
        <source>Add &amp;transit State…</source>
        <translation>Ajouter un État de &amp;transit…</translation>
    </message>
    <message>
        <source>Update &amp;authorisation…</source>
        <translation>Mettre à jour l’&amp;autorisation…</translation>
    </message>
    <message>
        <source>Steps closed</source>
        <translation>Étapes closes</translation>
    </message>
    <message>
        <source>What the marks and colours mean</source>
        <translation>Signification des marques et des couleurs</translation>
    </message>
    <message>
        <source>Checklist steps by phase</source>
        <translation>Étapes de la liste de contrôle par phase</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;faite…</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Sans objet…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Add a &amp;step…</source>
        <translation>Ajouter une &amp;étape…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Enregistrer en &amp;Word…</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>ChecklistPrint</name>
    <message>
        <source>Transfer checklist {0}</source>
        <translation>Liste de contrôle du transfèrement {0}</translation>
    </message>
    <message>
        <source>Checklist {0}</source>
        <translation>Liste de contrôle {0}</translation>
    </message>
    <message>
        <source>{0} - {1} - art. 87(3) Rome Statute: do not disclose</source>
        <translation>{0} - {1} - art. 87, par. 3, du Statut de Rome&#xa0;: ne pas divulguer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>Done {0}, {1}</source>
        <translation>Fait le {0}, {1}</translation>
    </message>
    <message>
        <source>Not applicable ({0}), {1}</source>
        <translation>Sans objet ({0}), {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Référence de la Cour</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned transfer</source>
        <translation>Transfèrement prévu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done / not applicable</source>
        <translation>Fait / sans objet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} (evidence: attachment #{1})</source>
        <translation>{0} (justificatif&#xa0;: pièce jointe n°&#xa0;{1})</translation>
    </message>
    <message>
        <source>Transit State</source>
        <translation>État de transit</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>{0} mandatory step. Printed {1} {2} by {3}.</source>
        <translation>{0} étape obligatoire. Imprimé le {1} à {2} par {3}.</translation>
    </message>
    <message>
        <source>{0} - printed {1} {2} by {3} - page </source>
        <translation>{0} - imprimé le {1} à {2} par {3} - page </translation>
    </message>
    <message>
        <source> of </source>
        <translation> sur </translation>
    </message>
    <message>
        <source>Transit States (art. 89(3))</source>
        <translation>États de transit (art. 89, par. 3)</translation>
    </message>
    <message>
        <source>{0} mandatory step</source>
        <translation>{0} étape obligatoire</translation>
    </message>
    <message>
        <source>Checked by: ______________________________    Date: ________________    Signature: ______________________</source>
        <translation>Vérifié par&#xa0;: ______________________________    Date&#xa0;: ________________    Signature&#xa0;: ______________________</translation>
    </message>
</context>
<context>
    <name>ChecklistProgressMessages</name>
    <message>
        <source>; </source>
        <comment>between steps</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>{0} cannot be closed while mandatory checklist steps are open: {1}. Mark each one done, or not applicable with the reason.</source>
        <translation>{0} ne peut pas être classée tant que des étapes obligatoires de la liste de contrôle restent en suspens&#xa0;: {1}. Marquez chacune comme faite, ou sans objet en indiquant le motif.</translation>
    </message>
    <message>
        <source>{0} cannot be marked executed while mandatory checklist steps are open: {1}. Mark each one done, or not applicable with the reason.</source>
        <translation>{0} ne peut pas être déclarée exécutée tant que des étapes obligatoires de la liste de contrôle restent en suspens&#xa0;: {1}. Marquez chacune comme faite, ou sans objet en indiquant le motif.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateProblems</name>
    <message>
        <source>{0} cannot be used: {1}.</source>
        <translation>{0} est inutilisable&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Every other kind of request</source>
        <translation>Tous les autres types de demande</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known field</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un champ connu</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; must be text</source>
        <translation>«&#xa0;{0}&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is required</source>
        <translation>«&#xa0;{0}&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>&apos;due&apos; must be an object such as {0}</source>
        <translation>«&#xa0;due&#xa0;» doit être un objet comme {0}</translation>
    </message>
    <message>
        <source>due: </source>
        <translation>due&#xa0;: </translation>
    </message>
    <message>
        <source>only transfer requests have a planned transfer date</source>
        <translation>seules les demandes de transfèrement ont une date de transfèrement prévue</translation>
    </message>
    <message>
        <source>&apos;due.from&apos; names &apos;{0}&apos;, which is not another step of this checklist</source>
        <translation>«&#xa0;due.from&#xa0;» nomme «&#xa0;{0}&#xa0;», qui n’est pas une autre étape de cette liste</translation>
    </message>
    <message>
        <source>&apos;due.from&apos; must be received, final_due, planned_transfer or step:CODE</source>
        <translation>«&#xa0;due.from&#xa0;» doit valoir received, final_due, planned_transfer ou step:CODE</translation>
    </message>
    <message>
        <source>&apos;due&apos; needs either working_days or calendar_days</source>
        <translation>«&#xa0;due&#xa0;» demande soit working_days, soit calendar_days</translation>
    </message>
    <message>
        <source>&apos;due.{0}&apos; must be a whole number of days between -{1} and {1}</source>
        <translation>«&#xa0;due.{0}&#xa0;» doit être un nombre entier de jours entre -{1} et {1}</translation>
    </message>
    <message>
        <source>&apos;phases&apos; must be a list</source>
        <translation>«&#xa0;phases&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>phase {0}: </source>
        <translation>phase {0}&#xa0;: </translation>
    </message>
    <message>
        <source>must be an object with a code and a title</source>
        <translation>doit être un objet avec un code et un titre</translation>
    </message>
    <message>
        <source>code &apos;{0}&apos; must be lower-case letters, digits or _</source>
        <translation>le code «&#xa0;{0}&#xa0;» doit n’avoir que des minuscules, des chiffres ou _</translation>
    </message>
    <message>
        <source>code &apos;{0}&apos; is used twice</source>
        <translation>le code «&#xa0;{0}&#xa0;» est employé deux fois</translation>
    </message>
    <message>
        <source>step {0}: </source>
        <translation>étape {0}&#xa0;: </translation>
    </message>
    <message>
        <source>must be an object with at least a code and a title</source>
        <translation>doit être un objet avec au moins un code et un titre</translation>
    </message>
    <message>
        <source>step {0} (&apos;{1}&apos;): </source>
        <translation>étape {0} («&#xa0;{1}&#xa0;»)&#xa0;: </translation>
    </message>
    <message>
        <source>code &apos;{0}&apos; must start with a letter and hold only lower-case letters, digits or _</source>
        <translation>le code «&#xa0;{0}&#xa0;» doit commencer par une lettre et n’avoir que des minuscules, des chiffres ou _</translation>
    </message>
    <message>
        <source>phase &apos;{0}&apos; is not one of the template&apos;s phases</source>
        <translation>la phase «&#xa0;{0}&#xa0;» ne fait pas partie des phases du modèle</translation>
    </message>
    <message>
        <source>&apos;mandatory&apos; must be true or false</source>
        <translation>«&#xa0;mandatory&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it was written by a newer version of Cooperation Desk (format {0})</source>
        <translation>il a été écrit par une version plus récente de Cooperation Desk (format {0})</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be {0}</source>
        <translation>«&#xa0;format&#xa0;» doit valoir {0}</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be one of: {0}</source>
        <translation>«&#xa0;kind&#xa0;» doit être l’un de&#xa0;: {0}</translation>
    </message>
    <message>
        <source>it is the checklist for &apos;{0}&apos;, not for &apos;{1}&apos;</source>
        <translation>c’est la liste de contrôle de «&#xa0;{0}&#xa0;», pas de «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of at least one step</source>
        <translation>«&#xa0;steps&#xa0;» doit être une liste d’au moins une étape</translation>
    </message>
    <message>
        <source>step code &apos;{0}&apos; is used twice</source>
        <translation>le code d’étape «&#xa0;{0}&#xa0;» est employé deux fois</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {0}, column {1}: {2})</source>
        <translation>ce n’est pas du JSON valable (ligne {0}, colonne {1}&#xa0;: {2})</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates[*]</source>
        <translation>Modèles de listes de contrôle[*]</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Usual owner</source>
        <translation>Responsable habituel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Office&apos;s version, damaged</source>
        <translation>Version du bureau, endommagée</translation>
    </message>
    <message>
        <source>Office&apos;s version</source>
        <translation>Version du bureau</translation>
    </message>
    <message>
        <source>Same as every other kind</source>
        <translation>Commune aux autres types</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Every other kind of request</source>
        <translation>Tous les autres types de demande</translation>
    </message>
    <message>
        <source>The office&apos;s version of this checklist is damaged, so requests get the checklist shown here instead. Save it to replace the damaged version, or restore the default.</source>
        <translation>La version du bureau de cette liste de contrôle est endommagée&#xa0;; les demandes reçoivent donc à la place la liste affichée ici. Enregistrez-la pour remplacer la version endommagée, ou rétablissez la liste par défaut.</translation>
    </message>
    <message>
        <source>This is the office&apos;s own version of the checklist.</source>
        <translation>Il s’agit de la version propre au bureau de cette liste de contrôle.</translation>
    </message>
    <message>
        <source>This kind of request has no checklist of its own: it gets the one for every other kind of request, shown here. Saving gives it its own.</source>
        <translation>Ce type de demande n’a pas de liste de contrôle propre&#xa0;: il reçoit celle commune à tous les autres types de demande, affichée ici. L’enregistrement lui en donne une propre.</translation>
    </message>
    <message>
        <source>This is the default checklist shipped with Cooperation Desk.</source>
        <translation>Il s’agit de la liste de contrôle par défaut fournie avec Cooperation Desk.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifiée, pas encore enregistrée.</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 jour calendaire</translation>
    </message>
    <message>
        <source>{0} calendar days</source>
        <translation>{0} jours calendaires</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 jour ouvrable</translation>
    </message>
    <message>
        <source>{0} working days</source>
        <translation>{0} jours ouvrables</translation>
    </message>
    <message>
        <source>the day “{0}” is done</source>
        <translation>le jour où «&#xa0;{0}&#xa0;» est accomplie</translation>
    </message>
    <message>
        <source>{0} after “{1}” is done</source>
        <translation>{0} après l’accomplissement de «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} before “{1}” is done</source>
        <translation>{0} avant l’accomplissement de «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>the day the request was received</source>
        <translation>le jour de la réception de la demande</translation>
    </message>
    <message>
        <source>{0} after the request was received</source>
        <translation>{0} après la réception de la demande</translation>
    </message>
    <message>
        <source>{0} before the request was received</source>
        <translation>{0} avant la réception de la demande</translation>
    </message>
    <message>
        <source>on the final due date</source>
        <translation>à l’échéance finale</translation>
    </message>
    <message>
        <source>{0} after the final due date</source>
        <translation>{0} après l’échéance finale</translation>
    </message>
    <message>
        <source>{0} before the final due date</source>
        <translation>{0} avant l’échéance finale</translation>
    </message>
    <message>
        <source>on the day of the planned transfer</source>
        <translation>le jour du transfèrement prévu</translation>
    </message>
    <message>
        <source>{0} after the planned transfer</source>
        <translation>{0} après le transfèrement prévu</translation>
    </message>
    <message>
        <source>{0} before the planned transfer</source>
        <translation>{0} avant le transfèrement prévu</translation>
    </message>
    <message>
        <source>“{0}” was not removed: {1}</source>
        <translation>«&#xa0;{0}&#xa0;» n’a pas été supprimée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved. Requests registered from now on get this checklist; requests already registered keep theirs.</source>
        <translation>Enregistrée. Les demandes enregistrées à partir de maintenant reçoivent cette liste de contrôle&#xa0;; les demandes déjà enregistrées conservent la leur.</translation>
    </message>
    <message>
        <source>Restore the default checklist for “{0}”? The office&apos;s version is deleted; requests registered from now on get the default. Requests already registered keep their checklist.</source>
        <translation>Rétablir la liste de contrôle par défaut pour «&#xa0;{0}&#xa0;»&#xa0;? La version du bureau est supprimée&#xa0;; les demandes enregistrées à partir de maintenant reçoivent la liste par défaut. Les demandes déjà enregistrées conservent leur liste de contrôle.</translation>
    </message>
    <message>
        <source>The changes not saved yet are lost too.</source>
        <translation>Les modifications non encore enregistrées sont également perdues.</translation>
    </message>
    <message>
        <source>Restore the default checklist</source>
        <translation>Rétablir la liste de contrôle par défaut</translation>
    </message>
    <message>
        <source>The default checklist is restored for requests registered from now on.</source>
        <translation>La liste de contrôle par défaut est rétablie pour les demandes enregistrées à partir de maintenant.</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Importer une liste de contrôle</translation>
    </message>
    <message>
        <source>The imported checklist replaces the one shown, and the changes not saved yet are lost. Import it?</source>
        <translation>La liste importée remplace celle affichée, et les modifications non encore enregistrées sont perdues. L’importer&#xa0;?</translation>
    </message>
    <message>
        <source>Imported from {0}. Requests registered from now on get this checklist.</source>
        <translation>Importée depuis {0}. Les demandes enregistrées à partir de maintenant reçoivent cette liste de contrôle.</translation>
    </message>
    <message>
        <source>Checklist files (*.json);;All files (*)</source>
        <translation>Fichiers de liste de contrôle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The checklist for “{0}” has changes that are not saved. Save them?</source>
        <translation>La liste de contrôle pour «&#xa0;{0}&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesForm</name>
    <message>
        <source>The steps each kind of request gets when it is registered. Changes apply to requests registered after they are saved: requests already in the register keep their checklist.</source>
        <translation>Les étapes que reçoit chaque type de demande lors de son enregistrement. Les modifications s’appliquent aux demandes enregistrées après leur enregistrement&#xa0;: les demandes déjà inscrites au registre conservent leur liste de contrôle.</translation>
    </message>
    <message>
        <source>&amp;Kinds of request</source>
        <translation>&amp;Types de demande</translation>
    </message>
    <message>
        <source>Kinds of request and their checklists</source>
        <translation>Types de demande et leurs listes de contrôle</translation>
    </message>
    <message>
        <source>Select a kind of request to see and edit the steps of its checklist.</source>
        <translation>Sélectionnez un type de demande pour afficher et modifier les étapes de sa liste de contrôle.</translation>
    </message>
    <message>
        <source>C&amp;hecklist title:</source>
        <translation>Titre de la &amp;liste&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the checklist</source>
        <translation>Titre de la liste de contrôle</translation>
    </message>
    <message>
        <source>Which version of the checklist this is</source>
        <translation>Version de la liste de contrôle affichée</translation>
    </message>
    <message>
        <source>Ste&amp;ps, in order</source>
        <translation>Étapes, dans l’&amp;ordre</translation>
    </message>
    <message>
        <source>Steps of the checklist</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>Enter edits the selected step, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Entrée modifie l’étape sélectionnée, Suppr la supprime, Ctrl+Haut et Ctrl+Bas la déplacent.</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>&amp;Ajouter une étape…</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Ajouter une étape après l’étape sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>&amp;Modifier l’étape…</translation>
    </message>
    <message>
        <source>Rename the step, change its phase, owner or due date</source>
        <translation>Renommer l’étape, modifier sa phase, son responsable ou son échéance</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>&amp;Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Monter l’étape sélectionnée (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Descendre l’étape sélectionnée (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Save a checklist file (the JSON shape of the shipped ones) as the office&apos;s version for this kind</source>
        <translation>Enregistrer un fichier de liste de contrôle (au format JSON des listes fournies) comme version du bureau pour ce type</translation>
    </message>
    <message>
        <source>&amp;Restore the default…</source>
        <translation>&amp;Rétablir la liste par défaut…</translation>
    </message>
    <message>
        <source>Delete the office&apos;s version: requests registered afterwards get the checklist shipped with the application</source>
        <translation>Supprimer la version du bureau&#xa0;: les demandes enregistrées ensuite reçoivent la liste de contrôle fournie avec l’application</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Store this checklist as the office&apos;s version (Ctrl+S)</source>
        <translation>Enregistrer cette liste de contrôle comme version du bureau (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesMessages</name>
    <message>
        <source>{0} cannot be read ({1}); reinstall the application.</source>
        <translation>{0} ne peut pas être lu ({1})&#xa0;; réinstallez l’application.</translation>
    </message>
    <message>
        <source>{0} Reinstall the application.</source>
        <translation>{0} Réinstallez l’application.</translation>
    </message>
    <message>
        <source>The office&apos;s checklist for &apos;{0}&apos;</source>
        <translation>La liste de contrôle du bureau pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} The default checklist is used instead until it is saved again.</source>
        <translation>{0} La liste de contrôle par défaut s’applique à la place jusqu’à ce qu’elle soit de nouveau enregistrée.</translation>
    </message>
    <message>
        <source>There is no kind of request called &apos;{0}&apos;. Known: {1}.</source>
        <translation>Il n’existe pas de type de demande «&#xa0;{0}&#xa0;». Types connus&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The default checklists are missing from this installation; reinstall the application.</source>
        <translation>Les listes de contrôle par défaut manquent dans cette installation&#xa0;; réinstallez l’application.</translation>
    </message>
    <message>
        <source>The checklist for &apos;{0}&apos;</source>
        <translation>La liste de contrôle pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} Nothing was saved.</source>
        <translation>{0} Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The checklist for &apos;{0}&apos; is already the default.</source>
        <translation>La liste de contrôle pour «&#xa0;{0}&#xa0;» est déjà celle par défaut.</translation>
    </message>
    <message>
        <source>{0} is too large to be a checklist; nothing was saved.</source>
        <translation>{0} est trop volumineux pour être une liste de contrôle&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>This checklist</source>
        <translation>Cette liste de contrôle</translation>
    </message>
</context>
<context>
    <name>ChecklistTransferMessages</name>
    <message>
        <source>Only transfer requests (transit or transfer of a person, arrest and surrender) have {0}; {1} is not one.</source>
        <translation>Seules les demandes de transfèrement (transit ou transfèrement d’une personne, arrestation et remise) comportent {0}&#xa0;; {1} n’en est pas une.</translation>
    </message>
    <message>
        <source>a planned transfer</source>
        <translation>un transfèrement prévu</translation>
    </message>
    <message>
        <source>The planned transfer is before the request was received.</source>
        <translation>Le transfèrement prévu est antérieur à la réception de la demande.</translation>
    </message>
    <message>
        <source>Name the transit State.</source>
        <translation>Indiquez le nom de l’État de transit.</translation>
    </message>
    <message>
        <source>A State&apos;s name is at most {0} characters.</source>
        <translation>Le nom d’un État compte au plus {0} caractères.</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>des États de transit</translation>
    </message>
    <message>
        <source>{0} is already listed as a transit State of {1}.</source>
        <translation>{0} figure déjà parmi les États de transit de {1}.</translation>
    </message>
    <message>
        <source>That transit State is not listed on {0}.</source>
        <translation>Cet État de transit ne figure pas sur {0}.</translation>
    </message>
</context>
<context>
    <name>ChecklistsMessages</name>
    <message>
        <source>{0} has no checklist.</source>
        <translation>{0} n’a pas de liste de contrôle.</translation>
    </message>
    <message>
        <source>Step &apos;{0}&apos; is no longer on {1}.</source>
        <translation>L’étape «&#xa0;{0}&#xa0;» ne figure plus sur {1}.</translation>
    </message>
    <message>
        <source>{0} has no checklist step &apos;{1}&apos;: use a number from 1 to {2} or a step&apos;s code.</source>
        <translation>{0} n’a pas d’étape «&#xa0;{1}&#xa0;» dans sa liste de contrôle&#xa0;: indiquez un numéro de 1 à {2} ou le code d’une étape.</translation>
    </message>
    <message>
        <source>{0} is {1}: its checklist is kept as it was when the Court was answered, so {2} is not possible. Reopen the request first.</source>
        <translation>{0} est au statut {1}&#xa0;: sa liste de contrôle est conservée telle qu’elle était lors de la réponse à la Cour&#xa0;; {2} n’est donc pas possible. Rouvrez d’abord la demande.</translation>
    </message>
    <message>
        <source>adding a checklist</source>
        <translation>l’ajout d’une liste de contrôle</translation>
    </message>
    <message>
        <source>A step has one owner: an authority or a user, not both.</source>
        <translation>Une étape a un seul responsable&#xa0;: une autorité ou un utilisateur, pas les deux.</translation>
    </message>
    <message>
        <source>No authority called &apos;{0}&apos; in the directory. Known: {1}.</source>
        <translation>Aucune autorité nommée «&#xa0;{0}&#xa0;» dans l’annuaire. Autorités connues&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a user of this workspace.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un utilisateur de cet espace de travail.</translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation>Indiquez en quoi consiste l’étape.</translation>
    </message>
    <message>
        <source>adding a mandatory step</source>
        <translation>l’ajout d’une étape obligatoire</translation>
    </message>
    <message>
        <source>{0} has no checklist yet: add one first.</source>
        <translation>{0} n’a pas encore de liste de contrôle&#xa0;: ajoutez-en d’abord une.</translation>
    </message>
    <message>
        <source>That checklist does not belong to this request.</source>
        <translation>Cette liste de contrôle n’appartient pas à cette demande.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a phase of this checklist (phases: {1}).</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une phase de cette liste de contrôle (phases&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>Attachment #{0} is not attached to {1}; attach the evidence to the request first.</source>
        <translation>La pièce jointe n°&#xa0;{0} n’est pas jointe à {1}&#xa0;; joignez d’abord le justificatif à la demande.</translation>
    </message>
    <message>
        <source>Step {0} (&apos;{1}&apos;) was already done on {2} by {3}.</source>
        <translation>L’étape {0} («&#xa0;{1}&#xa0;») a déjà été faite le {2} par {3}.</translation>
    </message>
    <message>
        <source>A step cannot be marked done on a day still to come.</source>
        <translation>Une étape ne peut pas être marquée comme faite à une date à venir.</translation>
    </message>
    <message>
        <source>Say why step {0} (&apos;{1}&apos;) does not apply.</source>
        <translation>Indiquez pourquoi l’étape {0} («&#xa0;{1}&#xa0;») est sans objet.</translation>
    </message>
    <message>
        <source>Step {0} (&apos;{1}&apos;) is already marked not applicable: {2}</source>
        <translation>L’étape {0} («&#xa0;{1}&#xa0;») est déjà déclarée sans objet&#xa0;: {2}</translation>
    </message>
    <message>
        <source>A step cannot be marked not applicable on a day still to come.</source>
        <translation>Une étape ne peut pas être déclarée sans objet à une date à venir.</translation>
    </message>
    <message>
        <source>That day is before the request was received.</source>
        <translation>Cette date est antérieure à la réception de la demande.</translation>
    </message>
    <message>
        <source>Step {0} (&apos;{1}&apos;) is already open.</source>
        <translation>L’étape {0} («&#xa0;{1}&#xa0;») est déjà en suspens.</translation>
    </message>
    <message>
        <source>reopening a step</source>
        <translation>la réouverture d’une étape</translation>
    </message>
    <message>
        <source>That due date is before the request was received.</source>
        <translation>Cette échéance est antérieure à la réception de la demande.</translation>
    </message>
</context>
<context>
    <name>CliCalendar</name>
    <message>
        <source>The calendar file must end in .ics, e.g. --out deadlines.ics.</source>
        <translation>Le fichier de calendrier doit se terminer par .ics, p. ex. --out echeances.ics.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}. Nothing was recorded.</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Wrote {0} due dates to {1} (registry numbers, kinds and clocks only). Import it again after changes: the events are updated, not duplicated.</source>
        <translation>{0} échéances écrites dans {1} (numéros d’enregistrement, types et délais seulement). Importez-le de nouveau après des modifications&#xa0;: les événements sont mis à jour, sans doublons.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a day: write the working days as sun-thu or mon,tue,thu.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un jour&#xa0;: écrivez les jours ouvrables ainsi&#xa0;: dim-jeu ou lun,mar,jeu.</translation>
    </message>
</context>
<context>
    <name>CliCaseCommands</name>
    <message>
        <source>Arrest on {0} recorded for {1}; due {2}: {3}.</source>
        <translation>Arrestation du {0} enregistrée pour {1}&#xa0;; échéance le {2}&#xa0;: {3}.</translation>
    </message>
    <message>
        <source>Review of {0} recorded; next review {1}.</source>
        <translation>Réexamen de {0} enregistré&#xa0;; prochain réexamen le {1}.</translation>
    </message>
    <message>
        <source>{0} and {1} unlinked.</source>
        <translation>Le lien entre {0} et {1} a été supprimé.</translation>
    </message>
    <message>
        <source>{0} is now recorded as {1} {2}.</source>
        <translation>{0} est désormais enregistrée comme {1} {2}.</translation>
    </message>
</context>
<context>
    <name>CliChecklistCommands</name>
    <message>
        <source>Planned transfer: {0}</source>
        <translation>Transfèrement prévu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No checklist.</source>
        <translation>Aucune liste de contrôle.</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}&#xa0;: {1} {2}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{0} of {1} steps closed; open mandatory: {2}. * mandatory</source>
        <translation>{0} étapes sur {1} closes&#xa0;; obligatoires ouvertes&#xa0;: {2}. * obligatoire</translation>
    </message>
    <message>
        <source>--planned-transfer: {0}</source>
        <translation>--planned-transfer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Step {0} ({1}) done on {2}.</source>
        <translation>Étape {0} ({1}) faite le {2}.</translation>
    </message>
    <message>
        <source>Say why the step does not apply: --na STEP --reason TEXT</source>
        <translation>Indiquez pourquoi l’étape est sans objet&#xa0;: --na ÉTAPE --reason TEXTE</translation>
    </message>
    <message>
        <source>Step {0} ({1}) marked not applicable.</source>
        <translation>Étape {0} ({1}) marquée sans objet.</translation>
    </message>
    <message>
        <source>Step {0} ({1}) is open again.</source>
        <translation>Étape {0} ({1}) rouverte.</translation>
    </message>
    <message>
        <source>Checklist of {0} written to {1} (plaintext: keep it safe).</source>
        <translation>Liste de contrôle de {0} écrite dans {1} (en clair&#xa0;: conservez-la en lieu sûr).</translation>
    </message>
    <message>
        <source>Planned transfer of {0}: {1}.</source>
        <translation>Transfèrement prévu de {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Planned transfer of {0} cleared.</source>
        <translation>Transfèrement prévu de {0} effacé.</translation>
    </message>
    <message>
        <source>Transit State {0}: {1} {2}.</source>
        <translation>État de transit {0}&#xa0;: {1} {2}.</translation>
    </message>
    <message>
        <source>Say which checklist to reset: coopdesk-cli checklist-template KIND --reset</source>
        <translation>Indiquez la liste de contrôle à rétablir&#xa0;: coopdesk-cli checklist-template TYPE --reset</translation>
    </message>
    <message>
        <source>The office&apos;s checklist for {0} saved ({1} steps); requests registered from now on get it.</source>
        <translation>La liste de contrôle du bureau pour {0} est enregistrée ({1} étapes)&#xa0;; les demandes enregistrées désormais la recevront.</translation>
    </message>
    <message>
        <source>The checklist for {0} is the default again.</source>
        <translation>La liste de contrôle pour {0} est de nouveau celle par défaut.</translation>
    </message>
    <message>
        <source>{0} has no checklist of its own and uses the {1} one.</source>
        <translation>{0} n’a pas de liste de contrôle propre et utilise celle de {1}.</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <source>Cannot read the passphrase file {0}: {1}.</source>
        <translation>Impossible de lire le fichier de phrase secrète {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} needed: set {1} or use --passphrase-file when not at a terminal.</source>
        <translation>{0} requise&#xa0;: définissez {1} ou utilisez --passphrase-file hors d’un terminal.</translation>
    </message>
    <message>
        <source>{0}: </source>
        <translation>{0}&#xa0;: </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>{0} (again)</source>
        <translation>{0} (encore une fois)</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Several users share this workspace ({0}): say which with --user.</source>
        <translation>Plusieurs utilisateurs partagent cet espace de travail ({0})&#xa0;: indiquez lequel avec --user.</translation>
    </message>
    <message>
        <source>Waiting: another window or command is writing to the workspace (an import or a restore takes a while)…</source>
        <translation>En attente&#xa0;: une autre fenêtre ou commande écrit dans l’espace de travail (une importation ou une restauration prend du temps)…</translation>
    </message>
    <message>
        <source>(no requests)</source>
        <translation>(aucune demande)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>write the due dates of open requests to a calendar file (.ics)</source>
        <translation>écrire les échéances des demandes en cours dans un fichier de calendrier (.ics)</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FICHIER.ics</translation>
    </message>
    <message>
        <source>only this request (registry number or the Court&apos;s reference)</source>
        <translation>cette demande seulement (numéro d’enregistrement ou référence de la Cour)</translation>
    </message>
    <message>
        <source>record the date a person was arrested (Rule 188 runs from a provisional arrest)</source>
        <translation>enregistrer la date d’arrestation d’une personne (le délai de la règle 188 court à compter d’une arrestation provisoire)</translation>
    </message>
    <message>
        <source>date of the arrest (ISO 8601)</source>
        <translation>date de l’arrestation (ISO 8601)</translation>
    </message>
    <message>
        <source>record the periodic review of a standing request</source>
        <translation>enregistrer le réexamen périodique d’une demande permanente</translation>
    </message>
    <message>
        <source>date of the review (default: today)</source>
        <translation>date du réexamen (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>what the review found</source>
        <translation>ce que le réexamen a constaté</translation>
    </message>
    <message>
        <source>record that two requests belong together</source>
        <translation>enregistrer que deux demandes vont ensemble</translation>
    </message>
    <message>
        <source>the request that is the follow-up, full request, ...</source>
        <translation>la demande qui est la suite, la demande complète…</translation>
    </message>
    <message>
        <source>the request it relates to</source>
        <translation>la demande à laquelle elle se rattache</translation>
    </message>
    <message>
        <source>REF is ... OTHER (default: follow_up_of); full_request_after: REF is the full request for surrender after the provisional arrest OTHER</source>
        <translation>REF est … OTHER (par défaut&#xa0;: follow_up_of)&#xa0;; full_request_after&#xa0;: REF est la demande complète de remise qui suit l’arrestation provisoire OTHER</translation>
    </message>
    <message>
        <source>remove the link (a slip)</source>
        <translation>supprimer le lien (une erreur)</translation>
    </message>
    <message>
        <source>show a request&apos;s checklist; mark steps done or not applicable; export it</source>
        <translation>afficher la liste de contrôle d’une demande&#xa0;; marquer des étapes faites ou sans objet&#xa0;; l’exporter</translation>
    </message>
    <message>
        <source>our registry number or the Court&apos;s reference</source>
        <translation>notre numéro d’enregistrement ou la référence de la Cour</translation>
    </message>
    <message>
        <source>mark a step done (number or code)</source>
        <translation>marquer une étape faite (numéro ou code)</translation>
    </message>
    <message>
        <source>mark a step not applicable (--reason)</source>
        <translation>marquer une étape sans objet (--reason)</translation>
    </message>
    <message>
        <source>open a done or n/a step again</source>
        <translation>rouvrir une étape faite ou sans objet</translation>
    </message>
    <message>
        <source>write it to a Word file</source>
        <translation>l’écrire dans un fichier Word</translation>
    </message>
    <message>
        <source>planned transfer, e.g. 2026-12-04T09:30 (&apos;none&apos; clears it)</source>
        <translation>transfèrement prévu, p. ex. 2026-12-04T09:30 («&#xa0;none&#xa0;» l’efface)</translation>
    </message>
    <message>
        <source>a transit State&apos;s authorisation: requested, granted, refused</source>
        <translation>l’autorisation d’un État de transit&#xa0;: requested (demandée), granted (accordée), refused (refusée)</translation>
    </message>
    <message>
        <source>why the step does not apply (or is reopened)</source>
        <translation>pourquoi l’étape est sans objet (ou rouverte)</translation>
    </message>
    <message>
        <source>day the step was done, found not to apply, or the State answered (default today)</source>
        <translation>jour où l’étape a été faite, jugée sans objet, ou où l’État a répondu (par défaut aujourd’hui)</translation>
    </message>
    <message>
        <source>a note kept with the step (with --done)</source>
        <translation>une note conservée avec l’étape (avec --done)</translation>
    </message>
    <message>
        <source>number of the attachment that proves the step (with --done)</source>
        <translation>numéro de la pièce jointe qui atteste l’étape (avec --done)</translation>
    </message>
    <message>
        <source>list the checklist each kind gets; show, import or reset one (JSON)</source>
        <translation>lister la liste de contrôle de chaque type&#xa0;; en afficher, importer ou rétablir une (JSON)</translation>
    </message>
    <message>
        <source>a kind of request, or &apos;generic&apos;</source>
        <translation>un type de demande, ou «&#xa0;generic&#xa0;»</translation>
    </message>
    <message>
        <source>save this file as the office&apos;s version</source>
        <translation>enregistrer ce fichier comme version du bureau</translation>
    </message>
    <message>
        <source>go back to the default</source>
        <translation>revenir à la version par défaut</translation>
    </message>
    <message>
        <source>workspace folder (default: COOPDESK_WORKSPACE or your user data folder)</source>
        <translation>dossier de l’espace de travail (par défaut&#xa0;: COOPDESK_WORKSPACE ou votre dossier de données)</translation>
    </message>
    <message>
        <source>user name (default: COOPDESK_USER, or the only user)</source>
        <translation>nom d’utilisateur (par défaut&#xa0;: COOPDESK_USER, ou l’utilisateur unique)</translation>
    </message>
    <message>
        <source>read the passphrase from this file</source>
        <translation>lire la phrase secrète dans ce fichier</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <source>Cooperation Desk from the command line: same workspace, same rules.</source>
        <translation>Cooperation Desk en ligne de commande&#xa0;: même espace de travail, mêmes règles.</translation>
    </message>
    <message>
        <source>language of messages and output, before the command (default: {0}, else the workspace&apos;s language, else English)</source>
        <translation>langue des messages et des résultats, avant la commande (par défaut&#xa0;: {0}, sinon la langue de l’espace de travail, sinon l’anglais)</translation>
    </message>
    <message>
        <source>check that this installation works (offscreen, temporary files)</source>
        <translation>vérifier que cette installation fonctionne (hors écran, fichiers temporaires)</translation>
    </message>
    <message>
        <source>create a workspace and print its recovery key once</source>
        <translation>créer un espace de travail et afficher sa clé de récupération une seule fois</translation>
    </message>
    <message>
        <source>your full name, as replies are signed</source>
        <translation>vos nom et prénom, tels que les réponses sont signées</translation>
    </message>
    <message>
        <source>the office&apos;s name for letterheads</source>
        <translation>le nom du bureau pour les en-têtes</translation>
    </message>
    <message>
        <source>ISO code of the State whose public holidays count</source>
        <translation>code ISO de l’État dont les jours fériés comptent</translation>
    </message>
    <message>
        <source>place written on replies (e.g. The Hague)</source>
        <translation>lieu inscrit sur les réponses (p. ex. La Haye)</translation>
    </message>
    <message>
        <source>where the State&apos;s holidays differ by region: its code (e.g. BY)</source>
        <translation>si les jours fériés de l’État varient selon la région&#xa0;: son code (p. ex. BY)</translation>
    </message>
    <message>
        <source>ISO code of the host country whose public holidays the office also keeps (e.g. NL for an embassy in The Hague)</source>
        <translation>code ISO du pays hôte dont le bureau observe aussi les jours fériés (p. ex. NL pour une ambassade à La Haye)</translation>
    </message>
    <message>
        <source>the State&apos;s working days where the holiday calendar gets them wrong, e.g. sun-thu or mon,tue,thu (default: the State&apos;s week as the calendar knows it)</source>
        <translation>les jours ouvrables de l’État lorsque le calendrier des jours fériés se trompe, par ex. dim-jeu ou lun,mar,jeu (par défaut&#xa0;: la semaine de l’État selon le calendrier)</translation>
    </message>
    <message>
        <source>the office&apos;s working language: the directory of authorities, new checklists and letters start in it (default: the interface&apos;s)</source>
        <translation>langue de travail du bureau&#xa0;: l’annuaire des autorités, les nouvelles listes de contrôle et les lettres commencent dans cette langue (par défaut&#xa0;: celle de l’interface)</translation>
    </message>
    <message>
        <source>the office&apos;s name in French (French letterheads)</source>
        <translation>le nom du bureau en français (en-têtes français)</translation>
    </message>
    <message>
        <source>the place in French (e.g. La Haye)</source>
        <translation>le lieu en français (p. ex. La Haye)</translation>
    </message>
    <message>
        <source>the State as written after &apos;of&apos; (the Republic of X)</source>
        <translation>l’État en anglais, tel qu’écrit après «&#xa0;of&#xa0;» (the Republic of X)</translation>
    </message>
    <message>
        <source>the State in French, with its article (la République de X)</source>
        <translation>l’État en français, avec son article (la République de X)</translation>
    </message>
    <message>
        <source>read the new passphrase from this file</source>
        <translation>lire la nouvelle phrase secrète dans ce fichier</translation>
    </message>
    <message>
        <source>check the passphrase opens the workspace</source>
        <translation>vérifier que la phrase secrète ouvre l’espace de travail</translation>
    </message>
    <message>
        <source>set a new passphrase for your user</source>
        <translation>définir une nouvelle phrase secrète pour votre utilisateur</translation>
    </message>
    <message>
        <source>open with the recovery key and set a new passphrase</source>
        <translation>ouvrir avec la clé de récupération et définir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>read the recovery key from this file</source>
        <translation>lire la clé de récupération dans ce fichier</translation>
    </message>
    <message>
        <source>add, list or remove users of the workspace</source>
        <translation>ajouter, lister ou retirer des utilisateurs de l’espace de travail</translation>
    </message>
    <message>
        <source>read the new user&apos;s passphrase from a file</source>
        <translation>lire la phrase secrète du nouvel utilisateur dans un fichier</translation>
    </message>
    <message>
        <source>import requests from JSON or CSV (all rows or none)</source>
        <translation>importer des demandes depuis un fichier JSON ou CSV (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <source>register rows whose Court reference is already registered</source>
        <translation>enregistrer les lignes dont la référence de la Cour est déjà enregistrée</translation>
    </message>
    <message>
        <source>requesting organ of the Court</source>
        <translation>organe requérant de la Cour</translation>
    </message>
    <message>
        <source>words of the situation&apos;s name</source>
        <translation>mots du nom de la situation</translation>
    </message>
    <message>
        <source>standing requests (outstanding warrants) whose review has come</source>
        <translation>demandes permanentes (mandats non exécutés) dont le réexamen est dû</translation>
    </message>
    <message>
        <source>list requests</source>
        <translation>lister les demandes</translation>
    </message>
    <message>
        <source>requests received from that office (which it leads)</source>
        <translation>demandes reçues de ce bureau (qu’il pilote)</translation>
    </message>
    <message>
        <source>show one request in full</source>
        <translation>afficher une demande en entier</translation>
    </message>
    <message>
        <source>route a request to a national authority</source>
        <translation>transmettre une demande à une autorité nationale</translation>
    </message>
    <message>
        <source>internal due date (default: final due minus margin)</source>
        <translation>échéance interne (par défaut&#xa0;: échéance finale moins la marge)</translation>
    </message>
    <message>
        <source>which part of the request this authority executes</source>
        <translation>la partie de la demande que cette autorité exécute</translation>
    </message>
    <message>
        <source>the day it was sent, if before today (ISO 8601)</source>
        <translation>le jour de l’envoi, s’il est antérieur à aujourd’hui (ISO 8601)</translation>
    </message>
    <message>
        <source>mark a routing step answered</source>
        <translation>marquer une transmission comme ayant reçu réponse</translation>
    </message>
    <message>
        <source>date of the answer (default: today)</source>
        <translation>date de la réponse (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>move a request to a new status</source>
        <translation>faire passer une demande à un nouveau statut</translation>
    </message>
    <message>
        <source>statutory ground, e.g. art97, art94, art93_4</source>
        <translation>fondement statutaire, p. ex. art97, art94, art93_4</translation>
    </message>
    <message>
        <source>the day it happened, if before today (ISO 8601)</source>
        <translation>le jour où c’est arrivé, s’il est antérieur à aujourd’hui (ISO 8601)</translation>
    </message>
    <message>
        <source>record a deadline extension agreed with the Court</source>
        <translation>enregistrer une prorogation d’échéance convenue avec la Cour</translation>
    </message>
    <message>
        <source>confirm that the Court set an earlier date (recorded as shortened)</source>
        <translation>confirmer que la Cour a fixé une date plus proche (enregistrée comme raccourcie)</translation>
    </message>
    <message>
        <source>the day the Court agreed it, if before today (ISO 8601)</source>
        <translation>le jour où la Cour l’a accordée, s’il est antérieur à aujourd’hui (ISO 8601)</translation>
    </message>
    <message>
        <source>add a note to a request</source>
        <translation>ajouter une note à une demande</translation>
    </message>
    <message>
        <source>the day it records, if before today (ISO 8601)</source>
        <translation>le jour qu’elle consigne, s’il est antérieur à aujourd’hui (ISO 8601)</translation>
    </message>
    <message>
        <source>the note travels in parcels to other offices</source>
        <translation>la note part dans les colis vers les autres bureaux</translation>
    </message>
    <message>
        <source>attach a file (stored encrypted in the workspace)</source>
        <translation>joindre un fichier (conservé chiffré dans l’espace de travail)</translation>
    </message>
    <message>
        <source>write register rows to a CSV file</source>
        <translation>écrire des lignes du registre dans un fichier CSV</translation>
    </message>
    <message>
        <source>add realistic sample requests to a workspace</source>
        <translation>ajouter des demandes d’exemple réalistes à un espace de travail</translation>
    </message>
    <message>
        <source>list or add national authorities</source>
        <translation>lister ou ajouter des autorités nationales</translation>
    </message>
    <message>
        <source>this office&apos;s card, and the offices parcels go to and come from</source>
        <translation>la carte de ce bureau, et les bureaux vers lesquels partent et d’où viennent les colis</translation>
    </message>
    <message>
        <source>add: the card file; verify: the office&apos;s name</source>
        <translation>add&#xa0;: le fichier de la carte&#xa0;; verify&#xa0;: le nom du bureau</translation>
    </message>
    <message>
        <source>card, export-identity: the file to write</source>
        <translation>card, export-identity&#xa0;: le fichier à écrire</translation>
    </message>
    <message>
        <source>verify: the fingerprint was compared with the office, digit by digit</source>
        <translation>verify&#xa0;: l’empreinte a été comparée avec le bureau, chiffre par chiffre</translation>
    </message>
    <message>
        <source>write a sealed parcel of requests for another office</source>
        <translation>écrire un colis scellé de demandes pour un autre bureau</translation>
    </message>
    <message>
        <source>registry numbers (none: a receipt only)</source>
        <translation>numéros d’enregistrement (aucun&#xa0;: un accusé de réception seulement)</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>le nom du bureau</translation>
    </message>
    <message>
        <source>the parcel file (.cdparcel)</source>
        <translation>le fichier du colis (.cdparcel)</translation>
    </message>
    <message>
        <source>under-seal and ex-parte requests travel as numbers, deadline and status only</source>
        <translation>les demandes sous scellés et ex parte ne voyagent que par leurs numéros, échéance et statut</translation>
    </message>
    <message>
        <source>under-seal and ex-parte requests travel in full</source>
        <translation>les demandes sous scellés et ex parte voyagent en entier</translation>
    </message>
    <message>
        <source>the requests&apos; attached files travel too (a reply exported as Word is one)</source>
        <translation>les pièces jointes des demandes voyagent aussi (une réponse exportée en Word en est une)</translation>
    </message>
    <message>
        <source>the office becomes the lead: it decides status and Court deadline, and this office&apos;s changes travel as proposals</source>
        <translation>le bureau destinataire devient pilote&#xa0;: il décide du statut et du délai de la Cour, et les modifications de ce bureau-ci voyagent comme propositions</translation>
    </message>
    <message>
        <source>carry all routing steps, notes and checklist steps again, even those the office confirmed receiving (after it restored an older backup)</source>
        <translation>renvoyer toutes les transmissions, notes et étapes de liste de contrôle, même celles dont le bureau a confirmé la réception (après la restauration d’une ancienne sauvegarde)</translation>
    </message>
    <message>
        <source>check a parcel from another office and apply it</source>
        <translation>vérifier un colis d’un autre bureau et l’appliquer</translation>
    </message>
    <message>
        <source>show what would change, apply nothing</source>
        <translation>montrer ce qui changerait, sans rien appliquer</translation>
    </message>
    <message>
        <source>apply it although an earlier parcel never arrived</source>
        <translation>l’appliquer bien qu’un colis antérieur ne soit jamais arrivé</translation>
    </message>
    <message>
        <source>proposals from other offices on requests this office leads</source>
        <translation>propositions d’autres bureaux sur les demandes que ce bureau pilote</translation>
    </message>
    <message>
        <source>write a reply to the Court (or an internal memo) as .docx</source>
        <translation>rédiger une réponse à la Cour (ou une note interne) en .docx</translation>
    </message>
    <message>
        <source>one that fits the request: coopdesk-cli templates list --ref REF</source>
        <translation>un modèle adapté à la demande&#xa0;: coopdesk-cli templates list --ref REF</translation>
    </message>
    <message>
        <source>the .docx file to write</source>
        <translation>le fichier .docx à écrire</translation>
    </message>
    <message>
        <source>change a drafted field, e.g. --set reasons=&apos;...&apos; (repeatable)</source>
        <translation>modifier un champ rédigé, p. ex. --set reasons=&apos;…&apos; (répétable)</translation>
    </message>
    <message>
        <source>print the text, write nothing</source>
        <translation>afficher le texte, sans rien écrire</translation>
    </message>
    <message>
        <source>needed to export a request under seal or ex parte</source>
        <translation>nécessaire pour exporter une demande sous scellés ou ex parte</translation>
    </message>
    <message>
        <source>write it all the same: a template that does not fit the request&apos;s kind or status (recorded in the timeline), or an office whose settings lack what the letter&apos;s language needs</source>
        <translation>l’écrire quand même&#xa0;: un modèle qui ne correspond pas au type ou au statut de la demande (consigné dans l’historique), ou un bureau dont les paramètres n’ont pas ce que la langue de la lettre exige</translation>
    </message>
    <message>
        <source>write a request&apos;s whole file as .docx</source>
        <translation>écrire le dossier complet d’une demande en .docx</translation>
    </message>
    <message>
        <source>list, copy, add or remove reply templates</source>
        <translation>lister, copier, ajouter ou supprimer des modèles de réponse</translation>
    </message>
    <message>
        <source>template name (for copy, add, remove)</source>
        <translation>nom du modèle (pour copy, add, remove)</translation>
    </message>
    <message>
        <source>list only the templates that fit this request</source>
        <translation>ne lister que les modèles adaptés à cette demande</translation>
    </message>
    <message>
        <source>the .docx to add</source>
        <translation>le .docx à ajouter</translation>
    </message>
    <message>
        <source>the title the reply dialog lists it under</source>
        <translation>le titre sous lequel la fenêtre de réponse le présente</translation>
    </message>
    <message>
        <source>where to write a copy of a template</source>
        <translation>où écrire la copie d’un modèle</translation>
    </message>
    <message>
        <source>check the database and the audit chain; say which entry is broken</source>
        <translation>vérifier la base de données et la chaîne d’audit&#xa0;; dire quelle entrée est rompue</translation>
    </message>
    <message>
        <source>a chain head from a backup manifest or an export footer: also proves no entry after it was cut off</source>
        <translation>une tête de chaîne tirée du manifeste d’une sauvegarde ou du pied d’un export&#xa0;: prouve aussi qu’aucune entrée postérieure n’a été coupée</translation>
    </message>
    <message>
        <source>give the workspace a new data key (revokes copied or remembered keys) and show the new recovery key once</source>
        <translation>donner une nouvelle clé de données à l’espace de travail (révoque les clés copiées ou mémorisées) et afficher la nouvelle clé de récupération une seule fois</translation>
    </message>
    <message>
        <source>write the audit trail to .csv or .json (plaintext)</source>
        <translation>écrire le journal d’audit en .csv ou .json (en clair)</translation>
    </message>
    <message>
        <source>only this request&apos;s entries</source>
        <translation>seulement les entrées de cette demande</translation>
    </message>
    <message>
        <source>write an encrypted backup to FILE (e.g. on a USB stick), or without FILE to the backup folder</source>
        <translation>écrire une sauvegarde chiffrée dans FILE (p. ex. sur une clé USB), ou sans FILE dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s’il existe</translation>
    </message>
    <message>
        <source>list the backups of the workspace (no passphrase needed)</source>
        <translation>lister les sauvegardes de l’espace de travail (sans phrase secrète)</translation>
    </message>
    <message>
        <source>a backup folder to list instead</source>
        <translation>un dossier de sauvegardes à lister à la place</translation>
    </message>
    <message>
        <source>check a backup, keep the current database aside, and restore the backup</source>
        <translation>vérifier une sauvegarde, mettre de côté la base de données actuelle et restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>the recovery key of the workspace the backup was made from, when it is not this one&apos;s</source>
        <translation>la clé de récupération de l’espace de travail d’où vient la sauvegarde, quand ce n’est pas celui-ci</translation>
    </message>
    <message>
        <source>write the whole workspace to DIR as JSON and the original files (PLAINTEXT)</source>
        <translation>écrire tout l’espace de travail dans DIR en JSON avec les fichiers d’origine (EN CLAIR)</translation>
    </message>
    <message>
        <source>confirm that the export is plaintext</source>
        <translation>confirmer que l’export est en clair</translation>
    </message>
    <message>
        <source>build a new workspace (--workspace) from an export-all folder</source>
        <translation>reconstruire un nouvel espace de travail (--workspace) depuis un dossier export-all</translation>
    </message>
    <message>
        <source>your full name in the new workspace</source>
        <translation>vos nom et prénom dans le nouvel espace de travail</translation>
    </message>
    <message>
        <source>first day of the period (e.g. 2026-01-01)</source>
        <translation>premier jour de la période (p. ex. 2026-01-01)</translation>
    </message>
    <message>
        <source>last day of the period, included</source>
        <translation>dernier jour de la période, inclus</translation>
    </message>
    <message>
        <source>only this kind (repeatable)</source>
        <translation>seulement ce type (répétable)</translation>
    </message>
    <message>
        <source>only this requesting organ</source>
        <translation>seulement cet organe requérant</translation>
    </message>
    <message>
        <source>only this situation</source>
        <translation>seulement cette situation</translation>
    </message>
    <message>
        <source>only the requests received from this office (which it leads)</source>
        <translation>seulement les demandes reçues de ce bureau (qu’il pilote)</translation>
    </message>
    <message>
        <source>cooperation statistics for a period</source>
        <translation>statistiques de coopération d’une période</translation>
    </message>
    <message>
        <source>volumes by these, comma-separated (default all: {0})</source>
        <translation>volumes selon ces dimensions, séparées par des virgules (par défaut toutes&#xa0;: {0})</translation>
    </message>
    <message>
        <source>write the cooperation report (.docx or .xlsx)</source>
        <translation>écrire le rapport de coopération (.docx ou .xlsx)</translation>
    </message>
    <message>
        <source>FILE.docx or FILE.xlsx</source>
        <translation>FICHIER.docx ou FICHIER.xlsx</translation>
    </message>
    <message>
        <source>shareable (default: aggregates only, small cells hidden) or internal (names authorities and registry numbers)</source>
        <translation>shareable, diffusable (par défaut&#xa0;: agrégats seulement, petites cases masquées) ou internal, interne (nomme les autorités et les numéros d’enregistrement)</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Passphrase for the new workspace</source>
        <translation>Phrase secrète du nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspace created in {0} for user &apos;{1}&apos;.

RECOVERY KEY (shown only now; print it and keep it in the office safe):

    {2}

It opens the workspace if every passphrase is forgotten.</source>
        <translation>Espace de travail créé dans {0} pour l’utilisateur «&#xa0;{1}&#xa0;».

CLÉ DE RÉCUPÉRATION (affichée cette seule fois&#xa0;; imprimez-la et conservez-la dans le coffre du bureau)&#xa0;:

    {2}

Elle ouvre l’espace de travail si toutes les phrases secrètes sont oubliées.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Workspace opened with the recovery key; new passphrase set for &apos;{0}&apos;.</source>
        <translation>Espace de travail ouvert avec la clé de récupération&#xa0;; nouvelle phrase secrète définie pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Say which user to add: coopdesk-cli user add NAME</source>
        <translation>Indiquez l’utilisateur à ajouter&#xa0;: coopdesk-cli user add NOM</translation>
    </message>
    <message>
        <source>Passphrase for {0}</source>
        <translation>Phrase secrète de {0}</translation>
    </message>
    <message>
        <source>User &apos;{0}&apos; added.</source>
        <translation>Utilisateur «&#xa0;{0}&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Say which user to remove: coopdesk-cli user remove NAME</source>
        <translation>Indiquez l’utilisateur à retirer&#xa0;: coopdesk-cli user remove NOM</translation>
    </message>
    <message>
        <source>User &apos;{0}&apos; removed: their passphrase no longer opens the workspace. A key they copied or remembered on another computer still does until you run coopdesk-cli rekey.</source>
        <translation>Utilisateur «&#xa0;{0}&#xa0;» retiré&#xa0;: sa phrase secrète n’ouvre plus l’espace de travail. Une clé qu’il aurait copiée ou mémorisée sur un autre ordinateur l’ouvre encore, jusqu’à ce que vous lanciez coopdesk-cli rekey.</translation>
    </message>
    <message>
        <source>{0} holds no requests.</source>
        <translation>{0} ne contient aucune demande.</translation>
    </message>
    <message>
        <source>{0} ({1} s)</source>
        <translation>{0} ({1}&#xa0;s)</translation>
    </message>
    <message>
        <source>{0} routed to {1} (step #{2}), due {3}.</source>
        <translation>{0} transmise à {1} (transmission n°&#xa0;{2}), échéance le {3}.</translation>
    </message>
    <message>
        <source>Routing step #{0} marked answered.</source>
        <translation>Transmission n°&#xa0;{0} marquée comme ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} est désormais au statut «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>{0} now due {1}.</source>
        <translation>{0}&#xa0;: échéance désormais fixée au {1}.</translation>
    </message>
    <message>
        <source>Note added to {0}.</source>
        <translation>Note ajoutée à {0}.</translation>
    </message>
    <message>
        <source>{0}{1} attached to {2}, encrypted.</source>
        <translation>{0}{1} joint à {2}, chiffré.</translation>
    </message>
    <message>
        <source>No workspace in {0}: run coopdesk-cli init first.</source>
        <translation>Aucun espace de travail dans {0}&#xa0;: lancez d’abord coopdesk-cli init.</translation>
    </message>
    <message>
        <source>Say the authority&apos;s name: coopdesk-cli authorities add NAME</source>
        <translation>Indiquez le nom de l’autorité&#xa0;: coopdesk-cli authorities add NOM</translation>
    </message>
    <message>
        <source>{0}: {1} (see: {0} --help)</source>
        <translation>{0}&#xa0;: {1} (voir&#xa0;: {0} --help)</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Refusé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Interrupted; nothing half-written was kept.</source>
        <translation>Interrompu&#xa0;; rien d’écrit à moitié n’a été conservé.</translation>
    </message>
    <message>
        <source>Unexpected error ({0}); nothing half-written was kept. Set COOPDESK_DEBUG=1 to see details.</source>
        <translation>Erreur inattendue ({0})&#xa0;; rien d’écrit à moitié n’a été conservé. Définissez COOPDESK_DEBUG=1 pour voir le détail.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample request(s).</source>
        <translation>
            <numerusform>%n demande d’exemple ajoutée.</numerusform>
            <numerusform>%n demandes d’exemple ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocked as &apos;{0}&apos; in {1} s; %n request(s).</source>
        <translation>
            <numerusform>Déverrouillé en tant que «&#xa0;{0}&#xa0;» en {1}&#xa0;s&#xa0;; %n demande.</numerusform>
            <numerusform>Déverrouillé en tant que «&#xa0;{0}&#xa0;» en {1}&#xa0;s&#xa0;; %n demandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {0} (plaintext: keep it safe).</source>
        <translation>
            <numerusform>%n ligne écrite dans {0} (en clair&#xa0;: conservez ce fichier en lieu sûr).</numerusform>
            <numerusform>%n lignes écrites dans {0} (en clair&#xa0;: conservez ce fichier en lieu sûr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ({0} ms)</source>
        <translation>
            <numerusform>%n demande ({0}&#xa0;ms)</numerusform>
            <numerusform>%n demandes ({0}&#xa0;ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOfficeCommands</name>
    <message>
        <source>Say where to write the card: coopdesk-cli office card --out FILE</source>
        <translation>Indiquez où écrire la carte&#xa0;: coopdesk-cli office card --out FICHIER</translation>
    </message>
    <message>
        <source>Card of {0} written to {1} (public keys only).
Fingerprint: {2}
Read it to the other office when they verify it.</source>
        <translation>Carte de {0} écrite dans {1} (clés publiques uniquement).
Empreinte&#xa0;: {2}
Lisez-la à l’autre bureau lorsqu’il la vérifie.</translation>
    </message>
    <message>
        <source>Say where to write it: coopdesk-cli office export-identity --out FILE</source>
        <translation>Indiquez où l’écrire&#xa0;: coopdesk-cli office export-identity --out FICHIER</translation>
    </message>
    <message>
        <source>The office&apos;s secret age identity was written to {0}: whoever holds it can open every parcel sent to this office. Keep it in the safe.</source>
        <translation>L’identité age secrète du bureau a été écrite dans {0}&#xa0;: quiconque la détient peut ouvrir tous les colis adressés à ce bureau. Conservez-la dans le coffre.</translation>
    </message>
    <message>
        <source>Say which card to add: coopdesk-cli office add FILE</source>
        <translation>Indiquez quelle carte ajouter&#xa0;: coopdesk-cli office add FICHIER</translation>
    </message>
    <message>
        <source>{0} added, not yet verified.
Fingerprint: {1}
Compare it with the office (phone, pouch), then: coopdesk-cli office verify &quot;{0}&quot; --confirmed</source>
        <translation>{0} ajouté, pas encore vérifié.
Empreinte&#xa0;: {1}
Comparez-la avec le bureau (téléphone, valise), puis&#xa0;: coopdesk-cli office verify &quot;{0}&quot; --confirmed</translation>
    </message>
    <message>
        <source>Say which office: coopdesk-cli office verify NAME</source>
        <translation>Indiquez quel bureau&#xa0;: coopdesk-cli office verify NOM</translation>
    </message>
    <message>
        <source>Fingerprint of {0}: {1}
Compare it with the office itself (phone, pouch); if every digit matches, run this again with --confirmed.</source>
        <translation>Empreinte de {0}&#xa0;: {1}
Comparez-la avec le bureau lui-même (téléphone, valise)&#xa0;; si chaque caractère correspond, relancez la commande avec --confirmed.</translation>
    </message>
    <message>
        <source>{0} verified: parcels from it are accepted.</source>
        <translation>{0} vérifié&#xa0;: ses colis sont acceptés.</translation>
    </message>
    <message>
        <source>verified {0}</source>
        <translation>vérifié le {0}</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>{0} open</source>
        <translation>{0} en cours</translation>
    </message>
    <message>
        <source>, next due {0}</source>
        <translation>, prochaine échéance le {0}</translation>
    </message>
    <message>
        <source>(no offices yet)</source>
        <translation>(aucun bureau pour l’instant)</translation>
    </message>
    <message>
        <source>a receipt only</source>
        <translation>un accusé de réception seulement</translation>
    </message>
    <message>
        <source>Parcel {0} for {1} written to {2} ({3}; sealed: only {1} can open it).
sha256 {4}</source>
        <translation>Colis {0} pour {1} écrit dans {2} ({3}&#xa0;; scellé&#xa0;: seul {1} peut l’ouvrir).
sha256 {4}</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} was already received on {2}; nothing changed.</source>
        <translation>Le colis {0} de {1} a déjà été reçu le {2}&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} would change:</source>
        <translation>Le colis {0} de {1} modifierait&#xa0;:</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} received (sha256 {2}):</source>
        <translation>Colis {0} de {1} reçu (sha256 {2})&#xa0;:</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Dry run: nothing was applied.</source>
        <translation>Essai à blanc&#xa0;: rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>(no proposals awaiting a decision)</source>
        <translation>(aucune proposition en attente de décision)</translation>
    </message>
    <message>
        <source>Say which proposal: coopdesk-cli proposal {0} ID</source>
        <translation>Indiquez quelle proposition&#xa0;: coopdesk-cli proposal {0} ID</translation>
    </message>
    <message>
        <source>Proposal #{0} accepted.</source>
        <translation>Proposition n°&#xa0;{0} acceptée.</translation>
    </message>
    <message>
        <source>Proposal #{0} declined.</source>
        <translation>Proposition n°&#xa0;{0} refusée.</translation>
    </message>
</context>
<context>
    <name>CliReplyCommands</name>
    <message>
        <source>--set needs FIELD=VALUE, not &apos;{0}&apos;.</source>
        <translation>--set attend CHAMP=VALEUR, et non «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>{0} Add --confirm to export it.</source>
        <translation>{0} Ajoutez --confirm pour l’exporter.</translation>
    </message>
    <message>
        <source>{0} (--force)</source>
        <translation>{0} (--force)</translation>
    </message>
    <message>
        <source>{0} Or add --force to write it all the same.</source>
        <translation>{0} Ou ajoutez --force pour l’écrire malgré tout.</translation>
    </message>
    <message>
        <source>Say where to write the reply: --out FILE.docx (or --preview).</source>
        <translation>Indiquez où écrire la réponse&#xa0;: --out FICHIER.docx (ou --preview).</translation>
    </message>
    <message>
        <source>{0} written; a copy is kept with {1} (plaintext file: keep it safe).</source>
        <translation>{0} écrit&#xa0;; une copie est conservée avec {1} (fichier en clair&#xa0;: conservez-le en lieu sûr).</translation>
    </message>
    <message>
        <source>templates {0} needs NAME and --lang.</source>
        <translation>templates {0} attend NOM et --lang.</translation>
    </message>
    <message>
        <source>templates add NAME --lang LANG --file FILE.docx --title TITLE</source>
        <translation>templates add NOM --lang LANGUE --file FICHIER.docx --title TITRE</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Template &apos;{0}&apos; ({1}) added to the office&apos;s library.</source>
        <translation>Modèle «&#xa0;{0}&#xa0;» ({1}) ajouté à la bibliothèque du bureau.</translation>
    </message>
    <message>
        <source>templates copy NAME --lang LANG --out FILE.docx</source>
        <translation>templates copy NOM --lang LANGUE --out FICHIER.docx</translation>
    </message>
    <message>
        <source>{0} written: edit it in Word, then add it with templates add.</source>
        <translation>{0} écrit&#xa0;: modifiez-le dans Word, puis ajoutez-le avec templates add.</translation>
    </message>
    <message>
        <source>The office&apos;s &apos;{0}&apos; ({1}) is removed.</source>
        <translation>Le modèle «&#xa0;{0}&#xa0;» ({1}) du bureau est supprimé.</translation>
    </message>
</context>
<context>
    <name>CliSafetyCommands</name>
    <message>
        <source>Verification failed: {0}. Restore a backup made before the damage (coopdesk-cli backups) or keep this workspace as evidence.</source>
        <translation>Échec de la vérification&#xa0;: {0}. Restaurez une sauvegarde antérieure à l’altération (coopdesk-cli backups) ou conservez cet espace de travail comme preuve.</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}, {2} MiB, encrypted; the recovery key opens it).
{3}</source>
        <translation>Sauvegarde écrite dans {0} ({1}, {2}&#xa0;Mio, chiffrée&#xa0;; la clé de récupération l’ouvre).
{3}</translation>
    </message>
    <message>
        <source>Nothing changed since the last backup ({0}); none written.</source>
        <translation>Rien n’a changé depuis la dernière sauvegarde ({0})&#xa0;; aucune n’a été écrite.</translation>
    </message>
    <message>
        <source>{0}  {1:&lt;14} {2:&gt;6} requests  seq {3:&lt;6} {4}</source>
        <translation>{0}  {1:&lt;14} {2:&gt;6} demandes  entrée {3:&lt;6} {4}</translation>
    </message>
    <message>
        <source>(no backups found)</source>
        <translation>(aucune sauvegarde trouvée)</translation>
    </message>
    <message>
        <source>The damaged database was kept aside in {0}; the workspace now holds the backup {1}.</source>
        <translation>La base de données endommagée a été mise de côté dans {0}&#xa0;; l’espace de travail contient désormais la sauvegarde {1}.</translation>
    </message>
    <message>
        <source>Restored from {0}. The database as it was before is kept as {1}.</source>
        <translation>Restauré à partir de {0}. La base de données antérieure est conservée sous {1}.</translation>
    </message>
    <message>
        <source>{0} Add --yes to confirm; nothing was exported.</source>
        <translation>{0} Ajoutez --yes pour confirmer&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Type {0} to continue: </source>
        <translation>Tapez {0} pour continuer&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Everything written to {0} in PLAINTEXT: {1}, {2}.
{3}</source>
        <translation>Tout a été écrit EN CLAIR dans {0}&#xa0;: {1}, {2}.
{3}</translation>
    </message>
    <message>
        <source>Workspace rebuilt in {0}: {1}.{2}

RECOVERY KEY of the new workspace (shown only now; print it and keep it in the office safe):

    {3}
</source>
        <translation>Espace de travail reconstitué dans {0}&#xa0;: {1}.{2}

CLÉ DE RÉCUPÉRATION du nouvel espace de travail (affichée cette seule fois&#xa0;; imprimez-la et conservez-la dans le coffre du bureau)&#xa0;:

    {3}
</translation>
    </message>
    <message>
        <source>These users must be added again with a passphrase: {0}</source>
        <translation>Ces utilisateurs doivent être ajoutés de nouveau avec une phrase secrète&#xa0;: {0}</translation>
    </message>
    <message>
        <source>These users can no longer unlock and must be added again with a passphrase (coopdesk-cli user add NAME): {0}</source>
        <translation>Ces utilisateurs ne peuvent plus déverrouiller et doivent être ajoutés de nouveau avec une phrase secrète (coopdesk-cli user add NOM)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The workspace has a new data key; the old key, any copy of it and any key remembered on a computer no longer open it.{0}

NEW RECOVERY KEY (shown only now; print it, keep it in the office safe and destroy the old one):

    {1}

Backups made before now are still encrypted with the OLD key: they open only with the old recovery key (coopdesk-cli restore FILE --recovery-key-file OLD). Copies already taken cannot be revoked.</source>
        <translation>L’espace de travail a une nouvelle clé de données&#xa0;; l’ancienne clé, toute copie de celle-ci et toute clé mémorisée sur un ordinateur ne l’ouvrent plus.{0}

NOUVELLE CLÉ DE RÉCUPÉRATION (affichée cette seule fois&#xa0;; imprimez-la, conservez-la dans le coffre du bureau et détruisez l’ancienne)&#xa0;:

    {1}

Les sauvegardes antérieures restent chiffrées avec l’ANCIENNE clé&#xa0;: elles ne s’ouvrent qu’avec l’ancienne clé de récupération (coopdesk-cli restore FICHIER --recovery-key-file ANCIENNE). Les copies déjà faites ne peuvent pas être révoquées.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit record(s) written to {0} (plaintext: keep it safe).</source>
        <translation>
            <numerusform>%n entrée du journal d’audit écrite dans {0} (en clair&#xa0;: conservez ce fichier en lieu sûr).</numerusform>
            <numerusform>%n entrées du journal d’audit écrites dans {0} (en clair&#xa0;: conservez ce fichier en lieu sûr).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliShow</name>
    <message>
        <source>kind: {0}   status: {1}   urgency: {2}   confidentiality: {3}</source>
        <translation>type&#xa0;: {0}   statut&#xa0;: {1}   urgence&#xa0;: {2}   confidentialité&#xa0;: {3}</translation>
    </message>
    <message>
        <source>received: {0}   owner: {1}</source>
        <translation>reçue&#xa0;: {0}   responsable&#xa0;: {1}</translation>
    </message>
    <message>
        <source>PAST ON ARRIVAL: the Court&apos;s deadline had passed when it was received</source>
        <translation>ÉCHUE À L’ARRIVÉE&#xa0;: l’échéance de la Cour était passée à sa réception</translation>
    </message>
    <message>
        <source>STANDING REQUEST: reviewed periodically, never overdue</source>
        <translation>DEMANDE PERMANENTE&#xa0;: réexaminée périodiquement, jamais en retard</translation>
    </message>
    <message>
        <source>arrested: {0}</source>
        <translation>arrestation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>final due date</source>
        <translation>échéance finale</translation>
    </message>
    <message>
        <source>internal due date</source>
        <translation>échéance interne</translation>
    </message>
    <message>
        <source>acknowledgement due</source>
        <translation>accusé de réception dû</translation>
    </message>
    <message>
        <source>deliver to the Court by</source>
        <translation>remise à la Cour au plus tard</translation>
    </message>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>missing: {0}</source>
        <translation>manque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation>réponse le {0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>routed #{0} to {1} due {2} ({3}; {4})</source>
        <translation>transmission n°&#xa0;{0} à {1}, échéance {2} ({3}&#xa0;; {4})</translation>
    </message>
    <message>
        <source>note {0} {1}: {2}</source>
        <translation>note {0} {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>attachment #{0} {1} ({2} bytes)</source>
        <translation>pièce jointe n°&#xa0;{0} {1} ({2} octets)</translation>
    </message>
    <message>
        <source>next: {0}</source>
        <translation>suite possible&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CliStatsCommands</name>
    <message>
        <source>--by: {0} unknown; choose from {1}.</source>
        <translation>--by&#xa0;: {0} inconnu&#xa0;; choisissez parmi {1}.</translation>
    </message>
    <message>
        <source>Computed in {0} s.</source>
        <translation>Calculé en {0}&#xa0;s.</translation>
    </message>
    <message>
        <source>Wrote the {0} report ({1}) to {2}.</source>
        <translation>Rapport {0} ({1}) écrit dans {2}.</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>Copied; the clipboard is cleared in {0} s.</source>
        <translation>Copié&#xa0;; le presse-papiers sera vidé dans {0} s.</translation>
    </message>
</context>
<context>
    <name>ClocksMessages</name>
    <message>
        <source>{0} is not a request for arrest.</source>
        <translation>{0} n’est pas une demande d’arrestation.</translation>
    </message>
    <message>
        <source>The arrest</source>
        <translation>L’arrestation</translation>
    </message>
    <message>
        <source>{0} is not a standing request: it has a due date, not periodic reviews.</source>
        <translation>{0} n’est pas une demande permanente&#xa0;: elle a une échéance, et non des réexamens périodiques.</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Le réexamen</translation>
    </message>
</context>
<context>
    <name>ConnectionMessages</name>
    <message>
        <source>The database is damaged — restore it from a backup. Nothing was changed.</source>
        <translation>La base de données est endommagée — restaurez-la à partir d’une sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{0} is damaged: {1}. It was not opened and nothing was changed; restore it from a backup.</source>
        <translation>{0} est endommagé&#xa0;: {1}. Il n’a pas été ouvert et rien n’a été modifié&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it ends in the middle of a page</source>
        <translation>il s’arrête au milieu d’une page</translation>
    </message>
    <message>
        <source>it is shorter than it should be</source>
        <translation>il est plus court qu’il ne devrait l’être</translation>
    </message>
    <message>
        <source>{0} is a plain, unencrypted SQLite file, not a Cooperation Desk workspace. It was not opened and nothing was changed.</source>
        <translation>{0} est un fichier SQLite ordinaire, non chiffré, et non un espace de travail Cooperation Desk. Il n’a pas été ouvert et rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no workspace database at {0}.</source>
        <translation>Il n’y a pas de base de données d’espace de travail à l’emplacement {0}.</translation>
    </message>
    <message>
        <source>{0} is {1}, not a workspace database. Nothing was opened or changed; move it away and restore the database from a backup.</source>
        <translation>{0} est {1} et non une base de données d’espace de travail. Rien n’a été ouvert ni modifié&#xa0;; déplacez cet élément et restaurez la base de données à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption; refusing to open.</source>
        <translation>Cette bibliothèque SQLite ne prend pas en charge le chiffrement&#xa0;; ouverture refusée.</translation>
    </message>
    <message>
        <source>its first pages decrypt but do not hold together (cut short or overwritten)</source>
        <translation>ses premières pages se déchiffrent mais ne sont pas cohérentes (fichier tronqué ou écrasé)</translation>
    </message>
    <message>
        <source>The database could not be decrypted with this key: it belongs to another workspace, or the file is damaged.</source>
        <translation>La base de données n’a pas pu être déchiffrée avec cette clé&#xa0;: elle appartient à un autre espace de travail, ou le fichier est endommagé.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Capital</source>
        <translation>Capitale</translation>
    </message>
    <message>
        <source>The Hague</source>
        <translation>La Haye</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <source>e.g. The Hague (embassy)</source>
        <translation>p. ex. La Haye (ambassade)</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation>Nom de la personne à contacter</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <source>e.g. Desk officer for Court requests</source>
        <translation>p. ex. Chargé des demandes de la Cour</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu d’affectation&#xa0;:</translation>
    </message>
    <message>
        <source>Where the contact person works</source>
        <translation>Lieu de travail de la personne à contacter</translation>
    </message>
    <message>
        <source>The capital, or an embassy: The Hague, Brussels, New York (Rec. 25)</source>
        <translation>La capitale, ou une ambassade&#xa0;: La Haye, Bruxelles, New York (recomm. 25)</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail address of the contact person</source>
        <translation>Adresse électronique de la personne à contacter</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Telephone number of the contact person</source>
        <translation>Numéro de téléphone de la personne à contacter</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Record a cost</source>
        <translation>Enregistrer une dépense</translation>
    </message>
    <message>
        <source>Ordinary (borne by the State)</source>
        <translation>Ordinaire (à la charge de l’État)</translation>
    </message>
    <message>
        <source>Extraordinary (borne by the Court)</source>
        <translation>Extraordinaire (à la charge de la Cour)</translation>
    </message>
</context>
<context>
    <name>CostForm</name>
    <message>
        <source>Art. 100: ordinary costs are borne by the State; extraordinary costs (witness travel, translation, experts, transport of surrendered persons) by the Court.</source>
        <translation>Art. 100&#xa0;: les dépenses ordinaires sont à la charge de l’État&#xa0;; les dépenses extraordinaires (déplacement des témoins, traduction, experts, transport des personnes remises) sont à la charge de la Cour.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>Catégorie de dépense</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>What the cost was for</source>
        <translation>Objet de la dépense</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Code de la devise</translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation>&amp;Engagée le&#xa0;:</translation>
    </message>
    <message>
        <source>Date incurred</source>
        <translation>Date de la dépense</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{0} d {1} h {2} min</source>
        <translation>{0} j {1} h {2} min</translation>
    </message>
    <message>
        <source>passed {0} ago</source>
        <translation>dépassé depuis {0}</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>dans {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Registry no.</source>
        <translation>N° d’enreg.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours rest.</translation>
    </message>
    <message>
        <source>How the date was computed</source>
        <translation>Mode de calcul de la date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Open requests it leads</source>
        <translation>Demandes ouvertes qu’il pilote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>Toutes les autorités</translation>
    </message>
    <message>
        <source>{0} ({1}; the {2} most overdue shown)</source>
        <translation>{0} ({1}&#xa0;; les {2} plus en retard sont affichées)</translation>
    </message>
    <message>
        <source>{0} overdue · {1} due today · {2} this week</source>
        <translation>{0} en retard · {1} à échéance aujourd’hui · {2} cette semaine</translation>
    </message>
    <message>
        <source>Requests other offices lead</source>
        <translation>Demandes pilotées par d’autres bureaux</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>In consultation (clock paused)</source>
        <translation>En consultation (délai suspendu)</translation>
    </message>
    <message>
        <source>Standing requests to review</source>
        <translation>Demandes permanentes à réexaminer</translation>
    </message>
    <message>
        <source>Late routing steps</source>
        <translation>Transmissions en retard</translation>
    </message>
    <message>
        <source>Checklist steps due</source>
        <translation>Étapes de liste de contrôle à échéance</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Filter late routing steps by authority</source>
        <translation>Filtrer les transmissions en retard par autorité</translation>
    </message>
    <message>
        <source>Double-click an office to see its requests in the register</source>
        <translation>Double-cliquez sur un bureau pour voir ses demandes dans le registre</translation>
    </message>
    <message>
        <source>Standing requests whose review is due</source>
        <translation>Demandes permanentes dont le réexamen est dû</translation>
    </message>
    <message>
        <source>Late steps steps</source>
        <translation>Étapes en retard</translation>
    </message>
</context>
<context>
    <name>DaysDelegate</name>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>, skipping public holiday {0}</source>
        <translation>, sans compter le jour férié du {0}</translation>
    </message>
    <message>
        <source>, skipping public holidays {0}</source>
        <translation>, sans compter les jours fériés des {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source> of the national authorities ({0} holidays)</source>
        <translation> des autorités nationales (jours fériés {0})</translation>
    </message>
    <message>
        <source> of the Embassy in {1} ({0} holidays)</source>
        <translation> de l’Ambassade à {1} (jours fériés {0})</translation>
    </message>
    <message>
        <source> of the Ministry in {1} ({0} holidays)</source>
        <translation> du ministère à {1} (jours fériés {0})</translation>
    </message>
    <message>
        <source> of the office ({0} holidays)</source>
        <translation> du bureau (jours fériés {0})</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source> ({0} week)</source>
        <translation> (semaine {0})</translation>
    </message>
    <message>
        <source> (working days: {0})</source>
        <translation> (jours ouvrables&#xa0;: {0})</translation>
    </message>
    <message>
        <source>{0}, weekend in this State</source>
        <translation>{0}, fin de semaine dans cet État</translation>
    </message>
    <message>
        <source>: {0}</source>
        <translation>&#xa0;: {0}</translation>
    </message>
    <message>
        <source>public holiday, {0}</source>
        <translation>jour férié, {0}</translation>
    </message>
    <message>
        <source>The Court is closed on {0} ({1}): deliver by its previous working day, {2}</source>
        <translation>La Cour est fermée le {0} ({1})&#xa0;: remettre au plus tard le jour ouvrable précédent, {2}</translation>
    </message>
    <message>
        <source> = {0}</source>
        <translation> = {0}</translation>
    </message>
    <message>
        <source> = {0} ({1}), moved to the next working day {2}</source>
        <translation> = {0} ({1}), reporté au jour ouvrable suivant, {2}</translation>
    </message>
    <message>
        <source>Deadline shortened by the Court to {0}</source>
        <translation>Délai abrégé par la Cour au {0}</translation>
    </message>
    <message>
        <source>Extension agreed with the Court to {0}</source>
        <translation>Prorogation convenue avec la Cour jusqu’au {0}</translation>
    </message>
    <message>
        <source>Court deadline {0}</source>
        <translation>Échéance fixée par la Cour au {0}</translation>
    </message>
    <message>
        <source>, already past when received on {0}</source>
        <translation>, déjà dépassé à la réception le {0}</translation>
    </message>
    <message>
        <source>Provisional arrest not yet carried out: no Rule 188 clock until the arrest is recorded</source>
        <translation>Arrestation provisoire pas encore effectuée&#xa0;: pas de délai de la règle 188 avant que l’arrestation soit enregistrée</translation>
    </message>
    <message>
        <source>Standing request (no Court deadline): the State keeps looking for the person</source>
        <translation>Demande permanente (sans échéance fixée par la Cour)&#xa0;: l’État continue de rechercher la personne</translation>
    </message>
    <message>
        <source>last reviewed {0}</source>
        <translation>dernier réexamen le {0}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>reçue le {0}</translation>
    </message>
    <message>
        <source>Rule 188 watch ended: the Court&apos;s full request for surrender arrived on {0}</source>
        <translation>Surveillance de la règle 188 terminée&#xa0;: la demande de remise complète de la Cour est arrivée le {0}</translation>
    </message>
    <message>
        <source>{0}, the final due date had passed on receipt: due on receipt, {1}</source>
        <translation>{0}, l’échéance finale était passée à la réception&#xa0;: dû à la réception, le {1}</translation>
    </message>
    <message>
        <source>{0}, after the final due date: due with it, {1}</source>
        <translation>{0}, après l’échéance finale&#xa0;: dû en même temps, le {1}</translation>
    </message>
    <message>
        <source>{0}, already past: due the day it is sent, {1}</source>
        <translation>{0}, déjà dépassée&#xa0;: échéance le jour de l’envoi, le {1}</translation>
    </message>
    <message numerus="yes">
        <source>, +%n day(s) paused in consultation since then</source>
        <translation>
            <numerusform>, +%n jour de suspension pendant la consultation depuis lors</numerusform>
            <numerusform>, +%n jours de suspension pendant la consultation depuis lors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, +%n day(s) paused in consultation</source>
        <translation>
            <numerusform>, +%n jour de suspension pendant la consultation</numerusform>
            <numerusform>, +%n jours de suspension pendant la consultation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received {0} + %n working day(s){1} = {2}</source>
        <translation>
            <numerusform>Reçue le {0} + %n jour ouvrable{1} = {2}</numerusform>
            <numerusform>Reçue le {0} + %n jours ouvrables{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Final due {0} minus %n working day(s) margin{1} = {2}</source>
        <translation>
            <numerusform>Échéance finale {0} moins %n jour ouvrable de marge{1} = {2}</numerusform>
            <numerusform>Échéance finale {0} moins %n jours ouvrables de marge{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, minus %n working day(s) margin would fall before receipt: due on receipt, {1}</source>
        <translation>
            <numerusform>{0}, moins %n jour ouvrable de marge, tomberait avant la réception&#xa0;: échéance à la réception, le {1}</numerusform>
            <numerusform>{0}, moins %n jours ouvrables de marge, tomberait avant la réception&#xa0;: échéance à la réception, le {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, minus %n working day(s) margin{1} = {2}</source>
        <translation>
            <numerusform>{0}, moins %n jour ouvrable de marge{1} = {2}</numerusform>
            <numerusform>{0}, moins %n jours ouvrables de marge{1} = {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}; reviewed every %n day(s): {1} + %n day(s)</source>
        <translation>
            <numerusform>{0}&#xa0;; réexamen tous les %n jours&#xa0;: {1} + %n jour</numerusform>
            <numerusform>{0}&#xa0;; réexamen tous les %n jours&#xa0;: {1} + %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule 188: %n day(s) from the provisional arrest on {0} for the Court&apos;s full request for surrender</source>
        <translation>
            <numerusform>Règle 188&#xa0;: %n jour à compter de l’arrestation provisoire du {0} pour la demande de remise complète de la Cour</numerusform>
            <numerusform>Règle 188&#xa0;: %n jours à compter de l’arrestation provisoire du {0} pour la demande de remise complète de la Cour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Court deadline: received {0} + %n day(s) (default for this kind)</source>
        <translation>
            <numerusform>Pas d’échéance fixée par la Cour&#xa0;: reçue le {0} + %n jour (délai par défaut pour ce type)</numerusform>
            <numerusform>Pas d’échéance fixée par la Cour&#xa0;: reçue le {0} + %n jours (délai par défaut pour ce type)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryMessages</name>
    <message>
        <source>An authority needs a name.</source>
        <translation>Une autorité doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already in the directory.</source>
        <translation>«&#xa0;{0}&#xa0;» figure déjà dans l’annuaire.</translation>
    </message>
    <message>
        <source>That authority no longer exists.</source>
        <translation>Cette autorité n’existe plus.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu d’affectation</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>L’espace de travail est verrouillé.</translation>
    </message>
    <message>
        <source>The directory is empty. Add the national authorities that execute the Court&apos;s requests with New authority.</source>
        <translation>L’annuaire est vide. Ajoutez les autorités nationales qui exécutent les demandes de la Cour avec «&#xa0;Nouvelle autorité&#xa0;».</translation>
    </message>
    <message>
        <source>No active authority. Add the ministries, prosecutors and services that execute the Court&apos;s requests with New authority, or show the inactive ones to reactivate them.</source>
        <translation>Aucune autorité active. Ajoutez les ministères, parquets et services qui exécutent les demandes de la Cour avec «&#xa0;Nouvelle autorité&#xa0;», ou affichez les autorités inactives pour les réactiver.</translation>
    </message>
    <message>
        <source>&amp;Contact persons</source>
        <translation>&amp;Personnes à contacter</translation>
    </message>
    <message>
        <source>&amp;Contact persons — {0}</source>
        <translation>&amp;Personnes à contacter — {0}</translation>
    </message>
    <message>
        <source>Select an authority to see the people to contact there.</source>
        <translation>Sélectionnez une autorité pour voir les personnes à y contacter.</translation>
    </message>
    <message>
        <source>No contact person recorded here yet. Add the desk officer who handles the Court&apos;s requests, so that cooperation does not depend on one person&apos;s address book.</source>
        <translation>Aucune personne à contacter n’est encore enregistrée ici. Ajoutez l’agent chargé des demandes de la Cour, afin que la coopération ne dépende pas du carnet d’adresses d’une seule personne.</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Reactivate the selected authority</source>
        <translation>Réactiver l’autorité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Deactivate the selected authority</source>
        <translation>Désactiver l’autorité sélectionnée</translation>
    </message>
    <message>
        <source>Authority added: {0}.</source>
        <translation>Autorité ajoutée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>New national authority</source>
        <translation>Nouvelle autorité nationale</translation>
    </message>
    <message>
        <source>Authority saved: {0}.</source>
        <translation>Autorité enregistrée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Edit authority — {0}</source>
        <translation>Modifier l’autorité — {0}</translation>
    </message>
    <message>
        <source>Active again: {0}.</source>
        <translation>De nouveau active&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Deactivated, no longer offered when routing: {0}.</source>
        <translation>Désactivée, n’est plus proposée pour les transmissions&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Deactivated, no longer offered when routing: {0}. Tick “Show inactive authorities” to find it again.</source>
        <translation>Désactivée, n’est plus proposée pour les transmissions&#xa0;: {0}. Cochez «&#xa0;Afficher les autorités inactives&#xa0;» pour la retrouver.</translation>
    </message>
    <message>
        <source>Contact added: {0} ({1}).</source>
        <translation>Contact ajouté&#xa0;: {0} ({1}).</translation>
    </message>
    <message>
        <source>New contact — {0}</source>
        <translation>Nouveau contact — {0}</translation>
    </message>
    <message>
        <source>Contact saved: {0}.</source>
        <translation>Contact enregistré&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Edit contact — {0}</source>
        <translation>Modifier le contact — {0}</translation>
    </message>
    <message>
        <source>Remove this contact person? This cannot be undone.

{0}
{1}</source>
        <translation>Supprimer cette personne à contacter&#xa0;? Cette opération est irréversible.

{0}
{1}</translation>
    </message>
    <message>
        <source>Contact removed: {0} ({1}).</source>
        <translation>Contact supprimé&#xa0;: {0} ({1}).</translation>
    </message>
    <message>
        <source>Directory of national authorities</source>
        <translation>Annuaire des autorités nationales</translation>
    </message>
    <message>
        <source>The authorities that execute the Court&apos;s requests, and the people to call there. An inactive authority is kept for the history of past requests but is no longer offered when routing.</source>
        <translation>Les autorités qui exécutent les demandes de la Cour, et les personnes à y contacter. Une autorité inactive est conservée pour l’historique des demandes passées, mais n’est plus proposée pour les transmissions.</translation>
    </message>
    <message>
        <source>&amp;Authorities</source>
        <translation>&amp;Autorités</translation>
    </message>
    <message>
        <source>Show &amp;inactive authorities</source>
        <translation>Afficher les autorités &amp;inactives</translation>
    </message>
    <message>
        <source>Show inactive authorities</source>
        <translation>Afficher les autorités inactives</translation>
    </message>
    <message>
        <source>National authorities</source>
        <translation>Autorités nationales</translation>
    </message>
    <message>
        <source>Select an authority to see its contact persons; press Enter to edit it.</source>
        <translation>Sélectionnez une autorité pour voir ses personnes à contacter&#xa0;; appuyez sur Entrée pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;New authority…</source>
        <translation>&amp;Nouvelle autorité…</translation>
    </message>
    <message>
        <source>Add a national authority</source>
        <translation>Ajouter une autorité nationale</translation>
    </message>
    <message>
        <source>&amp;Edit authority…</source>
        <translation>&amp;Modifier l’autorité…</translation>
    </message>
    <message>
        <source>Edit the selected authority</source>
        <translation>Modifier l’autorité sélectionnée</translation>
    </message>
    <message>
        <source>Contact persons at the selected authority</source>
        <translation>Personnes à contacter dans l’autorité sélectionnée</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected contact.</source>
        <translation>Appuyez sur Entrée pour modifier le contact sélectionné.</translation>
    </message>
    <message>
        <source>New c&amp;ontact…</source>
        <translation>N&amp;ouveau contact…</translation>
    </message>
    <message>
        <source>Add a contact person to the selected authority</source>
        <translation>Ajouter une personne à contacter à l’autorité sélectionnée</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>Modifier le con&amp;tact…</translation>
    </message>
    <message>
        <source>Edit the selected contact person</source>
        <translation>Modifier la personne à contacter sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <source>Remove the selected contact person</source>
        <translation>Supprimer la personne à contacter sélectionnée</translation>
    </message>
</context>
<context>
    <name>EffectiveDatesMessages</name>
    <message>
        <source>{0} cannot be dated {1}, a day still to come.</source>
        <translation>{0}&#xa0;: la date du {1} n’est pas encore arrivée.</translation>
    </message>
    <message>
        <source>{0} cannot be dated {1}, before the request&apos;s previous event on {2}.</source>
        <translation>{0}&#xa0;: la date du {1} est antérieure au dernier événement de la demande, le {2}.</translation>
    </message>
    <message>
        <source>{0} cannot be on a day still to come ({1}).</source>
        <translation>{0}&#xa0;: la date du {1} n’est pas encore arrivée.</translation>
    </message>
    <message>
        <source>{0} cannot be before the request was received ({1}).</source>
        <translation>{0}&#xa0;: la date ne peut être antérieure à la réception de la demande ({1}).</translation>
    </message>
</context>
<context>
    <name>ErrorPath</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Check that it did what you expected before going on.</source>
        <translation>Un problème est survenu et la dernière action n’a pas abouti. Vérifiez qu’elle a fait ce que vous attendiez avant de continuer.</translation>
    </message>
    <message>
        <source>A report was written to {0}. It holds no case content: you can send it, or the copied details, to whoever supports the app.</source>
        <translation>Un rapport a été enregistré dans {0}. Il ne contient rien des dossiers&#xa0;: vous pouvez l’envoyer, ou les détails copiés, à la personne qui assure l’assistance de l’application.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>ExchangeMessages</name>
    <message>
        <source>{0} is not an empty folder; choose a new or empty one so the export is not mixed with other files.</source>
        <translation>{0} n’est pas un dossier vide&#xa0;; choisissez un dossier nouveau ou vide afin que l’exportation ne soit pas mêlée à d’autres fichiers.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist; nothing was exported.</source>
        <translation>Le dossier {0} n’existe pas&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The export could not be written: {0}.</source>
        <translation>L’exportation n’a pas pu être écrite&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The partial export was removed; no plaintext was left behind.</source>
        <translation>L’exportation partielle a été supprimée&#xa0;; aucune donnée en clair n’a été laissée.</translation>
    </message>
    <message>
        <source>The export failed ({0}).{1}</source>
        <translation>L’exportation a échoué ({0}).{1}</translation>
    </message>
    <message>
        <source>{0} is missing from the export.</source>
        <translation>{0} manque dans l’exportation.</translation>
    </message>
    <message>
        <source>{0} cannot be read as JSON.</source>
        <translation>{0} ne peut pas être lu comme du JSON.</translation>
    </message>
    <message>
        <source>The export names a file outside its folder ({0!r}).</source>
        <translation>L’exportation désigne un fichier situé hors de son dossier ({0!r}).</translation>
    </message>
    <message>
        <source>{0} differs from the file that was exported (its sha256 does not match).</source>
        <translation>{0} diffère du fichier qui a été exporté (son empreinte sha256 ne correspond pas).</translation>
    </message>
    <message>
        <source>{0}.json row {1}: the value of &apos;{2}&apos; is neither text, a number nor a file reference.</source>
        <translation>{0}.json, ligne {1}&#xa0;: la valeur de «&#xa0;{2}&#xa0;» n’est ni un texte, ni un nombre, ni une référence de fichier.</translation>
    </message>
    <message>
        <source>{0} is not a Cooperation Desk export (no {1}).</source>
        <translation>{0} n’est pas une exportation de Cooperation Desk ({1} est absent).</translation>
    </message>
    <message>
        <source>This export was written in a format this version does not read; use the version of Cooperation Desk that wrote it.</source>
        <translation>Cette exportation a été écrite dans un format que cette version ne lit pas&#xa0;; utilisez la version de Cooperation Desk qui l’a produite.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Cooperation Desk (schema {0}; this one knows up to {1}).</source>
        <translation>Cette exportation provient d’une version plus récente de Cooperation Desk (schéma {0}&#xa0;; celle-ci connaît jusqu’au schéma {1}).</translation>
    </message>
    <message>
        <source>{0} does not list the exported tables.</source>
        <translation>{0} ne donne pas la liste des tables exportées.</translation>
    </message>
    <message>
        <source>{0} names a table that cannot exist: {1!r}.</source>
        <translation>{0} désigne une table qui ne peut pas exister&#xa0;: {1!r}.</translation>
    </message>
    <message>
        <source>{0}/{1}.json does not hold the {2} rows {3} announces.</source>
        <translation>{0}/{1}.json ne contient pas les {2} lignes qu’annonce {3}.</translation>
    </message>
    <message>
        <source>The export holds a table this version does not know ({0}); nothing was imported.</source>
        <translation>L’exportation contient une table que cette version ne connaît pas ({0})&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{0}.json has columns this version does not know ({1}); nothing was imported.</source>
        <translation>{0}.json contient des colonnes que cette version ne connaît pas ({1})&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{0} is not empty: import into a new folder, so no workspace is overwritten.</source>
        <translation>{0} n’est pas vide&#xa0;: importez dans un nouveau dossier, afin qu’aucun espace de travail ne soit écrasé.</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>Cannot write {0}: {1}. {2}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}. {2}</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extension agreed with the Court</source>
        <translation>Prorogation convenue avec la Cour</translation>
    </message>
    <message>
        <source>Agreed on:</source>
        <translation>Date de l’accord&#xa0;:</translation>
    </message>
    <message>
        <source>The Court shortened the deadline</source>
        <translation>La Cour a raccourci le délai</translation>
    </message>
</context>
<context>
    <name>ExtensionForm</name>
    <message>
        <source>Record a new deadline the Court agreed to, and why.</source>
        <translation>Enregistrer la nouvelle échéance convenue avec la Cour, et son motif.</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Nouvelle échéance&#xa0;:</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Motif de la prorogation</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import requests</source>
        <translation>Importer des demandes</translation>
    </message>
    <message>
        <source>Requests (*.json *.csv)</source>
        <translation>Demandes (*.json *.csv)</translation>
    </message>
    <message>
        <source>Importing {0} requests…</source>
        <translation>Import de {0} demandes…</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Imported {0} requests.</source>
        <translation>{0} demandes importées.</translation>
    </message>
    <message>
        <source>Already registered, not imported again: {0}.</source>
        <translation>Déjà enregistrées, non importées une seconde fois&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Past their Court deadline on arrival, so overdue from today: {0}.</source>
        <translation>Délai de la Cour déjà dépassé à la réception, donc en retard dès aujourd’hui&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Export register rows (not encrypted)</source>
        <translation>Exporter des lignes du registre (non chiffré)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {0}.</source>
        <translation>
            <numerusform>%n ligne écrite dans {0}.</numerusform>
            <numerusform>%n lignes écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail (not encrypted)</source>
        <translation>Exporter le journal d’audit (non chiffré)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>{0} entries written.</source>
        <translation>{0} entrées écrites.</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
    <message>
        <source>Export everything to an empty folder (not encrypted)</source>
        <translation>Tout exporter dans un dossier vide (non chiffré)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Everything was written to {0}.</source>
        <translation>Tout a été écrit dans {0}.</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Export de l’ensemble…</translation>
    </message>
    <message>
        <source>Back up the workspace (encrypted)</source>
        <translation>Sauvegarder l’espace de travail (chiffré)</translation>
    </message>
    <message>
        <source>Workspace backups (*.db)</source>
        <translation>Sauvegardes de l’espace de travail (*.db)</translation>
    </message>
    <message>
        <source>Encrypted backup written to {0}.</source>
        <translation>Sauvegarde chiffrée écrite dans {0}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup is whole: {0} requests, audit trail up to entry {1}. Replace the current data with it? The current data is kept aside as a backup first.</source>
        <translation>La sauvegarde est intègre&#xa0;: {0} demandes, journal d’audit jusqu’à l’entrée {1}. Remplacer les données actuelles par celle-ci&#xa0;? Les données actuelles sont d’abord mises de côté sous forme de sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>Restored. The previous data is kept in {0}.</source>
        <translation>Restauration effectuée. Les données précédentes sont conservées dans {0}.</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l’espace de travail…</translation>
    </message>
    <message>
        <source>Check the workspace</source>
        <translation>Vérifier l’espace de travail</translation>
    </message>
    <message>
        <source>Export to calendar: the due dates of open requests (not encrypted)</source>
        <translation>Exporter vers le calendrier les échéances des demandes en cours (non chiffré)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Due dates written to {0}: registry numbers, kinds and clocks only. Import it again after changes: the events are updated, not duplicated.</source>
        <translation>Échéances écrites dans {0}&#xa0;: numéros d’enregistrement, types et échéances seulement. Importez-le de nouveau après des modifications&#xa0;: les événements sont mis à jour, pas dupliqués.</translation>
    </message>
</context>
<context>
    <name>FreshnessMessages</name>
    <message>
        <source>the last change recorded beside it ({0})</source>
        <translation>la dernière modification notée à côté d’elle ({0})</translation>
    </message>
    <message>
        <source>the last backup of {0}</source>
        <translation>la dernière sauvegarde du {0}</translation>
    </message>
    <message>
        <source>the database is older than {0}: that reached audit entry {1}, this one ends at entry {2}. Newer entries were cut off or an older copy was put in place</source>
        <translation>la base de données est plus ancienne que {0}&#xa0;: celle-ci allait jusqu’à l’entrée d’audit {1}, celle-là s’arrête à l’entrée {2}. Des entrées plus récentes ont été coupées ou une copie plus ancienne a été mise à sa place</translation>
    </message>
    <message>
        <source>audit entry {0} differs from {1}: the trail was rewritten from there, or another database was put in place</source>
        <translation>l’entrée d’audit {0} diffère de {1}&#xa0;: le journal a été réécrit à partir de là, ou une autre base de données a été mise à sa place</translation>
    </message>
</context>
<context>
    <name>ImportingMessages</name>
    <message>
        <source>... and {0} more</source>
        <translation>… et {0} autres</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near line {0} ({1}). Save it again from the spreadsheet as CSV (UTF-8) and import it again.</source>
        <translation>Le fichier CSV ne peut pas être lu vers la ligne {0} ({1}). Enregistrez-le de nouveau depuis le tableur au format CSV (UTF-8) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The CSV file has no column {0}. The first line must name the columns, separated by commas or semicolons: {1}.</source>
        <translation>Le fichier CSV n’a pas de colonne {0}. La première ligne doit nommer les colonnes, séparées par des virgules ou des points-virgules&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {0}, column {1}).</source>
        <translation>Le fichier n’est pas du JSON valide (ligne {0}, colonne {1}).</translation>
    </message>
    <message>
        <source>A JSON import file must be an array of objects, one per request.</source>
        <translation>Un fichier d’importation JSON doit être un tableau d’objets, un par demande.</translation>
    </message>
    <message>
        <source>{0} is too large to import ({1} bytes).</source>
        <translation>{0} est trop volumineux pour être importé ({1}&#xa0;octets).</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text; save it as UTF-8 and retry.</source>
        <translation>{0} n’est pas un texte UTF-8&#xa0;; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>row {0}: {1}: {2}</source>
        <translation>ligne {0}&#xa0;: {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0} holds no requests.</source>
        <translation>{0} ne contient aucune demande.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: problems in %n row(s) of {0}. Correct them and import the file again.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n ligne sur {0} présente des problèmes. Corrigez-la et importez à nouveau le fichier.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n lignes sur {0} présentent des problèmes. Corrigez-les et importez à nouveau le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyringStoreMessages</name>
    <message>
        <source>This computer has no usable password store (keyring), so the passphrase cannot be remembered. Type it each time; nothing else is affected.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe utilisable&#xa0;: la phrase secrète ne peut donc pas être mémorisée. Saisissez-la à chaque fois&#xa0;; rien d’autre n’est affecté.</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer in time; it may be locked. Type your passphrase instead.</source>
        <translation>Le trousseau de mots de passe n’a pas répondu à temps&#xa0;; il est peut-être verrouillé. Saisissez plutôt votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>KeysMessages</name>
    <message>
        <source>That is not a recovery key: it should be 64 letters and digits (0-9, A-F) in groups of four.</source>
        <translation>Ce n’est pas une clé de récupération&#xa0;: elle doit compter 64 lettres et chiffres (0-9, A-F) en groupes de quatre.</translation>
    </message>
    <message>
        <source>The recovery key should have 64 characters; this one has {0}.</source>
        <translation>La clé de récupération doit compter 64 caractères&#xa0;; celle-ci en compte {0}.</translation>
    </message>
    <message>
        <source>The workspace&apos;s key file (keys.json) is missing. Open the workspace with the recovery key and set a new passphrase.</source>
        <translation>Le fichier de clés de l’espace de travail (keys.json) est absent. Ouvrez l’espace de travail avec la clé de récupération et définissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The workspace&apos;s key file (keys.json) is damaged. Open the workspace with the recovery key and set a new passphrase.</source>
        <translation>Le fichier de clés de l’espace de travail (keys.json) est endommagé. Ouvrez l’espace de travail avec la clé de récupération et définissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>keys.json is not a Cooperation Desk key file.</source>
        <translation>keys.json n’est pas un fichier de clés de Cooperation Desk.</translation>
    </message>
    <message>
        <source>The workspace&apos;s key file (keys.json) is incomplete (no workspace id or no list of users). Open the workspace with the recovery key and set a new passphrase.</source>
        <translation>Le fichier de clés de l’espace de travail (keys.json) est incomplet (identifiant de l’espace ou liste des utilisateurs absents). Ouvrez l’espace de travail avec la clé de récupération et définissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>There is no user &apos;{0}&apos; in this workspace.</source>
        <translation>Il n’y a pas d’utilisateur «&#xa0;{0}&#xa0;» dans cet espace de travail.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Cette phrase secrète n’est pas la bonne. Vérifiez la disposition du clavier et le verrouillage des majuscules, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The key entry for &apos;{0}&apos; in keys.json is damaged. Open the workspace with the recovery key and set a new passphrase.</source>
        <translation>L’entrée de clé de «&#xa0;{0}&#xa0;» dans keys.json est endommagée. Ouvrez l’espace de travail avec la clé de récupération et définissez une nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another request</source>
        <translation>Lier à une autre demande</translation>
    </message>
    <message>
        <source>a follow-up of</source>
        <translation>la suite de</translation>
    </message>
    <message>
        <source>followed up by</source>
        <translation>suivie de</translation>
    </message>
    <message>
        <source>the full request for surrender after the provisional arrest</source>
        <translation>la demande de remise complète après l’arrestation provisoire</translation>
    </message>
    <message>
        <source>the provisional arrest followed by the full request</source>
        <translation>l’arrestation provisoire suivie de la demande complète</translation>
    </message>
    <message>
        <source>a duplicate of</source>
        <translation>un doublon de</translation>
    </message>
    <message>
        <source>duplicated by</source>
        <translation>en double avec</translation>
    </message>
    <message>
        <source>about the same person as</source>
        <translation>relative à la même personne que</translation>
    </message>
    <message>
        <source>The link is shown on both requests. Linking the Court&apos;s full request for surrender to a provisional arrest ends the Rule 188 clock of the arrest.</source>
        <translation>Le lien apparaît sur les deux demandes. Lier la demande de remise complète de la Cour à une arrestation provisoire met fin au délai de la règle 188.</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>This request &amp;is:</source>
        <translation>Cette demande &amp;est&#xa0;:</translation>
    </message>
    <message>
        <source>How this request relates to the other</source>
        <translation>Le rapport de cette demande avec l’autre</translation>
    </message>
    <message>
        <source>&amp;Other request:</source>
        <translation>&amp;Autre demande&#xa0;:</translation>
    </message>
    <message>
        <source>The other request&apos;s registry number or Court reference</source>
        <translation>Le numéro d’enregistrement ou la référence de la Cour de l’autre demande</translation>
    </message>
    <message>
        <source>Registry no. or Court reference</source>
        <translation>N° d’enregistrement ou référence de la Cour</translation>
    </message>
</context>
<context>
    <name>LinksMessages</name>
    <message>
        <source>&apos;{0}&apos; is not a kind of link; one of: {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un type de lien&#xa0;; types possibles&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>A request cannot be linked to itself.</source>
        <translation>Une demande ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>{0} is not a request for provisional arrest.</source>
        <translation>{0} n’est pas une demande d’arrestation provisoire.</translation>
    </message>
    <message>
        <source>{0} is already linked to {1} so.</source>
        <translation>{0} est déjà liée de cette manière à {1}.</translation>
    </message>
    <message>
        <source>{0} and {1} are not linked.</source>
        <translation>{0} et {1} ne sont pas liées.</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>Cooperation Desk is locked. Case data is hidden until you unlock.</source>
        <translation>Cooperation Desk est verrouillé. Les données des dossiers restent masquées jusqu’au déverrouillage.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Fin de la sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importer des demandes…</translation>
    </message>
    <message>
        <source>&amp;Export register rows…</source>
        <translation>&amp;Exporter des lignes du registre…</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exporter vers le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Send to &amp;office…</source>
        <translation>Envoyer à un &amp;bureau…</translation>
    </message>
    <message>
        <source>&amp;Hand over the lead…</source>
        <translation>Transmettre le &amp;pilotage…</translation>
    </message>
    <message>
        <source>Recei&amp;ve parcel…</source>
        <translation>Recevoir un c&amp;olis…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Check the &amp;workspace</source>
        <translation>Vérifier l’espace de &amp;travail</translation>
    </message>
    <message>
        <source>Change the data &amp;key…</source>
        <translation>Changer la &amp;clé des données…</translation>
    </message>
    <message>
        <source>Export the &amp;audit trail…</source>
        <translation>Exporter le journal d’&amp;audit…</translation>
    </message>
    <message>
        <source>Export &amp;everything (not encrypted)…</source>
        <translation>Tout e&amp;xporter (non chiffré)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in register</source>
        <translation>&amp;Rechercher dans le registre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <source>D&amp;irectory of authorities</source>
        <translation>Ann&amp;uaire des autorités</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Bureaux</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Modèles de &amp;listes de contrôle…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Cooperation Desk</source>
        <translation>À &amp;propos de Cooperation Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Connecté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>These requests have no next status in common.</source>
        <translation>Ces demandes n’ont aucun statut suivant en commun.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>New status for {0} requests:</source>
        <translation>Nouveau statut pour {0} demandes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cooperation Desk&lt;/b&gt; {0}&lt;br&gt;Requests from the International Criminal Court: register, route, chase, reply. Encrypted and offline.</source>
        <translation>&lt;b&gt;Cooperation Desk&lt;/b&gt; {0}&lt;br&gt;Les demandes de la Cour pénale internationale&#xa0;: enregistrer, transmettre, relancer, répondre. Chiffré et hors ligne.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Welcome to Cooperation Desk</source>
        <translation>Bienvenue dans Cooperation Desk</translation>
    </message>
    <message>
        <source>(weekends only)</source>
        <translation>(week-ends uniquement)</translation>
    </message>
    <message>
        <source>(none: the State&apos;s holidays only)</source>
        <translation>(aucun&#xa0;: jours fériés de l’État seulement)</translation>
    </message>
    <message>
        <source>(the whole State)</source>
        <translation>(tout l’État)</translation>
    </message>
</context>
<context>
    <name>OfficesMessages</name>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} is not an office card (too large).</source>
        <translation>{0} n’est pas une carte de bureau (fichier trop volumineux).</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} is not an office card (not JSON).</source>
        <translation>{0} n’est pas une carte de bureau (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <source>{0} is not an office card of this version.</source>
        <translation>{0} n’est pas une carte de bureau de cette version.</translation>
    </message>
    <message>
        <source>{0} holds keys that are not valid; ask the office for its card again.</source>
        <translation>{0} contient des clés non valides&#xa0;; demandez de nouveau sa carte au bureau.</translation>
    </message>
    <message>
        <source>{0} was altered: its fingerprint does not match its keys.</source>
        <translation>{0} a été altéré&#xa0;: son empreinte ne correspond pas à ses clés.</translation>
    </message>
    <message>
        <source>This is this office&apos;s own card.</source>
        <translation>Il s’agit de la carte de ce bureau lui-même.</translation>
    </message>
    <message>
        <source>{0} is already registered; nothing was changed.</source>
        <translation>{0} est déjà enregistré&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Another office is already called {0}; nothing was changed.</source>
        <translation>Un autre bureau porte déjà le nom {0}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>No office called &apos;{0}&apos;. Known offices: {1}.</source>
        <translation>Aucun bureau ne s’appelle «&#xa0;{0}&#xa0;». Bureaux connus&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Open requests it leads</source>
        <translation>Demandes ouvertes qu’il pilote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Proposes</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>✔ {0}</source>
        <translation>✔ {0}</translation>
    </message>
    <message>
        <source>Not verified: parcels refused</source>
        <translation>Non vérifié&#xa0;: colis refusés</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Statut&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Court deadline: {0}</source>
        <translation>Échéance fixée par la Cour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This office: {0}. Its fingerprint, to read to the other office: {1}</source>
        <translation>Ce bureau&#xa0;: {0}. Son empreinte, à lire à l’autre bureau&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Add an office&apos;s card</source>
        <translation>Ajouter la carte d’un bureau</translation>
    </message>
    <message>
        <source>Office cards (*.json);;All files (*)</source>
        <translation>Cartes de bureau (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} added. Compare its fingerprint with the office, then verify it.</source>
        <translation>{0} ajouté. Comparez son empreinte avec le bureau, puis vérifiez-la.</translation>
    </message>
    <message>
        <source>Verify {0}</source>
        <translation>Vérifier {0}</translation>
    </message>
    <message>
        <source>Read this fingerprint with {0}, on the phone or on paper sent in the pouch:

{1}

Does every digit match what the office reads to you?</source>
        <translation>Lisez cette empreinte avec {0}, au téléphone ou sur papier envoyé par la valise&#xa0;:

{1}

Chaque chiffre correspond-il à ce que le bureau vous lit&#xa0;?</translation>
    </message>
    <message>
        <source>{0} verified: its parcels are accepted.</source>
        <translation>{0} vérifié&#xa0;: ses colis sont acceptés.</translation>
    </message>
    <message>
        <source>Export this office&apos;s card</source>
        <translation>Exporter la carte de ce bureau</translation>
    </message>
    <message>
        <source>Office cards (*.json)</source>
        <translation>Cartes de bureau (*.json)</translation>
    </message>
    <message>
        <source>Card written to {0} (public keys only).</source>
        <translation>Carte enregistrée dans {0} (clés publiques seulement).</translation>
    </message>
    <message>
        <source>Proposal accepted for {0}.</source>
        <translation>Proposition acceptée pour {0}.</translation>
    </message>
    <message>
        <source>Proposal declined for {0}.</source>
        <translation>Proposition refusée pour {0}.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>The embassies and the capital this office exchanges sealed parcels with. Add an office from its card, then compare its fingerprint with the office itself (phone, pouch) before recording it as verified: parcels from an unverified office are refused.</source>
        <translation>Les ambassades et la capitale avec lesquelles ce bureau échange des colis scellés. Ajoutez un bureau à partir de sa carte, puis comparez son empreinte avec le bureau lui-même (téléphone, valise) avant de l’enregistrer comme vérifié&#xa0;: les colis d’un bureau non vérifié sont refusés.</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Bureaux</translation>
    </message>
    <message>
        <source>No office yet. Ask the other office for its card (coopdesk-cli office card, or this page&apos;s Export button there) and add it here.</source>
        <translation>Aucun bureau pour l’instant. Demandez sa carte à l’autre bureau (coopdesk-cli office card, ou le bouton Exporter de cette page chez lui) et ajoutez-la ici.</translation>
    </message>
    <message>
        <source>&amp;Add an office&apos;s card…</source>
        <translation>&amp;Ajouter la carte d’un bureau…</translation>
    </message>
    <message>
        <source>&amp;Verify fingerprint…</source>
        <translation>&amp;Vérifier l’empreinte…</translation>
    </message>
    <message>
        <source>Verify the selected office&apos;s fingerprint</source>
        <translation>Vérifier l’empreinte du bureau sélectionné</translation>
    </message>
    <message>
        <source>E&amp;xport this office&apos;s card…</source>
        <translation>E&amp;xporter la carte de ce bureau…</translation>
    </message>
    <message>
        <source>&amp;Proposals awaiting your decision</source>
        <translation>&amp;Propositions en attente de votre décision</translation>
    </message>
    <message>
        <source>Proposals from other offices</source>
        <translation>Propositions des autres bureaux</translation>
    </message>
    <message>
        <source>No proposal awaits a decision. When another office changes the status or the Court deadline of a request this office leads, its parcel brings the change here.</source>
        <translation>Aucune proposition n’attend de décision. Quand un autre bureau modifie le statut ou l’échéance fixée par la Cour d’une demande que ce bureau pilote, son colis apporte la modification ici.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Accept the selected proposal</source>
        <translation>Accepter la proposition sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline the selected proposal</source>
        <translation>Refuser la proposition sélectionnée</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Assign owner</source>
        <translation>Désigner le responsable</translation>
    </message>
</context>
<context>
    <name>OwnerForm</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>{0} confirms it received parcels up to {1}.</source>
        <translation>{0} confirme avoir reçu les colis jusqu’au n°&#xa0;{1}.</translation>
    </message>
    <message>
        <source>{0}: {1} hands the lead over; this office now decides its status and Court deadline.</source>
        <translation>{0}&#xa0;: {1} passe la main&#xa0;; ce bureau décide désormais de son statut et de l’échéance fixée par la Cour.</translation>
    </message>
    <message>
        <source>New request {0} ({1}&apos;s {2}).</source>
        <translation>Nouvelle demande {0} (n°&#xa0;{2} de {1}).</translation>
    </message>
    <message>
        <source>{0}: {1} {2} → {3} (decided by {4}, replacing this office&apos;s own change).</source>
        <translation>{0}&#xa0;: {1} {2} → {3} (décidé par {4}, à la place de la modification faite par ce bureau).</translation>
    </message>
    <message>
        <source>{0}: {1} {2} → {3} (decided by {4}).</source>
        <translation>{0}&#xa0;: {1} {2} → {3} (décidé par {4}).</translation>
    </message>
    <message>
        <source>{0}: {1} proposes {2} {3} (this office leads: accept or decline).</source>
        <translation>{0}&#xa0;: {1} propose {2} {3} (ce bureau est chef de file&#xa0;: accepter ou refuser).</translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation>Échéance fixée par la Cour</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Routed by {0} to {1}.</source>
        <translation>Transmise par {0} à {1}.</translation>
    </message>
    <message>
        <source>{0} answered on {1}.</source>
        <translation>{0} a répondu le {1}.</translation>
    </message>
    <message>
        <source>Note from {0}.</source>
        <translation>Note de {0}.</translation>
    </message>
    <message>
        <source>Step “{0}” closed at {1}.</source>
        <translation>Étape «&#xa0;{0}&#xa0;» close chez {1}.</translation>
    </message>
    <message>
        <source>File from {0}: {1}.</source>
        <translation>Fichier de {0}&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>ParcelsMessages</name>
    <message>
        <source>The parcel is damaged or was altered on the way (it does not decrypt); nothing was applied. Ask the sender for a new copy.</source>
        <translation>Le colis est endommagé ou a été altéré en route (il ne se déchiffre pas)&#xa0;; rien n’a été appliqué. Demandez-en une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>This file is not a Cooperation Desk parcel; nothing was applied.</source>
        <translation>Ce fichier n’est pas un colis Cooperation Desk&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>This parcel is of a newer format (version {0}; this version reads {1}): install the newer version to receive it. Nothing was applied.</source>
        <translation>Ce colis est d’un format plus récent (version {0}&#xa0;; cette version lit la version {1})&#xa0;: installez la version plus récente pour le recevoir. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>{0} is {1} MiB: far larger than any parcel; nothing was read or applied.</source>
        <translation>{0} pèse {1} Mio, bien plus que n’importe quel colis&#xa0;; rien n’a été lu ni appliqué.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>This parcel is for another office (key {0}; this office&apos;s is {1}); nothing was applied.</source>
        <translation>Ce colis est destiné à un autre bureau (clé {0}&#xa0;; celle de ce bureau est {1})&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>This parcel is addressed to another office; nothing was applied.</source>
        <translation>Ce colis est adressé à un autre bureau&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>This parcel comes from an office not registered here: add its card and verify its fingerprint first. Nothing was applied.</source>
        <translation>Ce colis provient d’un bureau qui n’est pas enregistré ici&#xa0;: ajoutez d’abord sa carte et vérifiez son empreinte. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>The parcel&apos;s signature is not {0}&apos;s: it was altered or comes from someone else. Nothing was applied.</source>
        <translation>La signature du colis n’est pas celle de {0}&#xa0;: il a été altéré ou provient d’un tiers. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>{0}&apos;s fingerprint has not been verified: compare it with the office (phone, pouch) and record it, then receive again. Nothing was applied.</source>
        <translation>L’empreinte de {0} n’a pas été vérifiée&#xa0;: comparez-la avec le bureau (téléphone, valise) et enregistrez-la, puis recevez de nouveau le colis. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>The parcel has no valid sequence number; nothing was applied.</source>
        <translation>Le colis ne porte pas de numéro d’ordre valide&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} was already received on {2} with other contents; this copy was not applied.</source>
        <translation>Le colis {0} de {1} a déjà été reçu le {2} avec un autre contenu&#xa0;; cet exemplaire n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} has not been received: parcel {2} waits until it arrives, or accept the gap. Nothing was applied.</source>
        <translation>Le colis {0} de {1} n’a pas été reçu&#xa0;: le colis {2} attend son arrivée, à moins que vous n’acceptiez la lacune. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>Parcel {0} does not follow the last parcel received from {1} (previous-parcel hash differs); nothing was applied.</source>
        <translation>Le colis {0} ne fait pas suite au dernier colis reçu de {1} (l’empreinte du colis précédent diffère)&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>The parcel&apos;s contents cannot be read ({0}); nothing was applied.</source>
        <translation>Le contenu du colis est illisible ({0})&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>{0} is larger than this office&apos;s attachment limit (Settings); nothing was applied.</source>
        <translation>{0} dépasse la taille maximale des pièces jointes fixée par ce bureau (Paramètres)&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>{0} is under seal or ex parte: confirm that it may travel in full, or send its metadata only (numbers, deadline, status). Nothing was written.</source>
        <translation>{0} est sous scellés ou ex parte&#xa0;: confirmez que l’envoi intégral est autorisé, ou n’en envoyez que les métadonnées (numéros, échéance, statut). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Name the requests whose lead is handed over; nothing was written.</source>
        <translation>Indiquez les demandes dont le pilotage est transmis&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{0} is led by {1}: only the lead office can hand the lead over. Nothing was written.</source>
        <translation>{0} est pilotée par {1}&#xa0;: seul le bureau pilote peut transmettre le pilotage. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{0}&apos;s fingerprint has not been verified: compare it with the office (phone, pouch) and record it before sending to it.</source>
        <translation>L’empreinte de {0} n’a pas été vérifiée&#xa0;: comparez-la avec le bureau (téléphone, valise) et enregistrez-la avant de lui envoyer un colis.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}; nothing was sent.</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}&#xa0;; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Création de l’espace de travail chiffré…</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>Trop courte&#xa0;: 8 caractères au minimum.</translation>
    </message>
    <message>
        <source>Too common: anyone would try this first.</source>
        <translation>Trop courante&#xa0;: c’est la première que l’on essaierait.</translation>
    </message>
    <message>
        <source>Weak: add words, e.g. four unrelated words.</source>
        <translation>Faible&#xa0;: ajoutez des mots, p. ex. quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Moyenne&#xa0;: quelques mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
</context>
<context>
    <name>PlannedForm</name>
    <message>
        <source>Date and time of the planned transfer, as agreed with the Registry (Rule 184).</source>
        <translation>Date et heure du transfèrement prévu, telles que convenues avec le Greffe (règle 184).</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Prévu le&#xa0;:</translation>
    </message>
    <message>
        <source>Planned date and time</source>
        <translation>Date et heure prévues</translation>
    </message>
</context>
<context>
    <name>PlannedTransferDialog</name>
    <message>
        <source>Planned transfer</source>
        <translation>Transfèrement prévu</translation>
    </message>
</context>
<context>
    <name>ProposalsMessages</name>
    <message>
        <source>There is no proposal #{0}.</source>
        <translation>Il n’existe pas de proposition n°&#xa0;{0}.</translation>
    </message>
    <message>
        <source>Proposal #{0} was already accepted on {1}.</source>
        <translation>La proposition n°&#xa0;{0} a déjà été acceptée le {1}.</translation>
    </message>
    <message>
        <source>Proposal #{0} was already declined on {1}.</source>
        <translation>La proposition n°&#xa0;{0} a déjà été refusée le {1}.</translation>
    </message>
    <message>
        <source>Proposal #{0} was decided by someone else meanwhile.</source>
        <translation>Entre-temps, quelqu’un d’autre a statué sur la proposition n°&#xa0;{0}.</translation>
    </message>
    <message>
        <source>#{0} {1}: {2} proposes {3} {4}</source>
        <translation>n°&#xa0;{0} {1}&#xa0;: {2} propose {3} {4}</translation>
    </message>
</context>
<context>
    <name>QueriesMessages</name>
    <message>
        <source>follows the request: final due date minus the margin</source>
        <translation>suit la demande&#xa0;: échéance finale moins la marge</translation>
    </message>
    <message>
        <source>set by hand; after the request&apos;s internal due date {0}</source>
        <translation>fixée à la main&#xa0;; après l’échéance interne de la demande, {0}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixée à la main</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de récupération</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Type the recovery key you printed when the workspace was created (64 characters in groups of four), then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération imprimée lors de la création de l’espace de travail (64 caractères en groupes de quatre), puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Cooperation Desk — recovery key</source>
        <translation>Cooperation Desk — clé de récupération</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Dossier de l’espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this page in the office safe. With it, the workspace opens even if every passphrase is forgotten.</source>
        <translation>Conservez cette page dans le coffre du bureau. Elle permet d’ouvrir l’espace de travail même si toutes les phrases secrètes sont oubliées.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterMessages</name>
    <message>
        <source>No request with the reference &apos;{0}&apos;.</source>
        <translation>Aucune demande ne porte la référence «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Several requests carry the Court reference &apos;{0}&apos; ({1}); use our registry number.</source>
        <translation>Plusieurs demandes portent la référence de la Cour «&#xa0;{0}&#xa0;» ({1})&#xa0;; utilisez notre numéro d’enregistrement.</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Cette demande n’existe plus.</translation>
    </message>
    <message>
        <source>{0} was past on arrival (Court deadline {1}): without it the app would count a later default date the Court never set. Correct the date instead of removing it.</source>
        <translation>{0} était déjà dépassée à la réception (échéance fixée par la Cour&#xa0;: {1})&#xa0;: sans elle, l’application compterait une échéance par défaut plus tardive que la Cour n’a jamais fixée. Corrigez la date au lieu de la supprimer.</translation>
    </message>
    <message>
        <source>An extension needs the reason the Court agreed to it.</source>
        <translation>Une prorogation doit indiquer le motif pour lequel la Cour l’a accordée.</translation>
    </message>
    <message>
        <source>The extended date is before the request was received.</source>
        <translation>La date prorogée est antérieure à la réception de la demande.</translation>
    </message>
    <message>
        <source>{0} is earlier than the date now due ({1}): an extension moves the deadline later. If the Court shortened it, say so (&quot;The Court shortened the deadline&quot;; CLI: --shorten) and it is recorded as a shortened deadline.</source>
        <translation>{0} est antérieure à l’échéance actuelle ({1})&#xa0;: une prorogation reporte l’échéance. Si la Cour l’a abrégée, indiquez-le («&#xa0;La Cour a abrégé le délai&#xa0;»&#xa0;; en ligne de commande&#xa0;: --shorten) et elle sera enregistrée comme échéance abrégée.</translation>
    </message>
    <message>
        <source>The extension</source>
        <translation>La prorogation</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a user of this workspace.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un utilisateur de cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Internal due {0}; acknowledgement due {1}</source>
        <translation>Échéance interne {0}&#xa0;; accusé de réception dû le {1}</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>N° d’enreg.</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Référence de la Cour</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours rest.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>requests still open</comment>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Toute urgence</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Aucune demande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The register is empty. Register the first request with New request (Ctrl+N), or import a file from the File menu.</source>
        <translation>Le registre est vide. Enregistrez la première demande avec «&#xa0;Nouvelle demande&#xa0;» (Ctrl+N), ou importez un fichier depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>{0} overdue &amp;nbsp; {1} due within 7 days &amp;nbsp; “clock paused”: in consultation with the Court, the deadline waits</source>
        <translation>{0} en retard &amp;nbsp; {1} échéance dans les 7 jours &amp;nbsp; «&#xa0;délai suspendu&#xa0;»&#xa0;: en consultation avec la Cour, le délai attend</translation>
    </message>
    <message>
        <source>Any organ</source>
        <translation>Tout organe</translation>
    </message>
    <message>
        <source>Any lead office</source>
        <translation>Tout bureau pilote</translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>Pilotées par {0}</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>Chargement du registre…</translation>
    </message>
    <message>
        <source>No request is open. Closed requests are shown under Status: All statuses.</source>
        <translation>Aucune demande en cours. Les demandes closes s’affichent avec Statut&#xa0;: Tous les statuts.</translation>
    </message>
    <message>
        <source>Copy the references</source>
        <translation>Copier les références</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>Désigner le responsable…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Export these rows…</source>
        <translation>Exporter ces lignes…</translation>
    </message>
    <message>
        <source>Search references, subjects, persons, notes (Ctrl+F)</source>
        <translation>Rechercher références, objets, personnes, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by urgency</source>
        <translation>Filtrer par urgence</translation>
    </message>
    <message>
        <source>Filter by requesting organ</source>
        <translation>Filtrer par organe requérant</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Filter by situation (words of its name)</source>
        <translation>Filtrer par situation (mots de son nom)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Réexamen à faire</translation>
    </message>
    <message>
        <source>Standing requests (no Court deadline) whose periodic review has come</source>
        <translation>Demandes permanentes (sans délai de la Cour) dont le réexamen périodique est venu</translation>
    </message>
    <message>
        <source>Filter by the office that leads the request</source>
        <translation>Filtrer par bureau pilote de la demande</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation>Signification des couleurs des lignes</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the data key</source>
        <translation>Changer la clé des données</translation>
    </message>
    <message>
        <source>These users will no longer be able to unlock and must be added again with a new passphrase (coopdesk-cli user add NAME): {0}</source>
        <translation>Ces utilisateurs ne pourront plus déverrouiller et devront être ajoutés de nouveau avec une nouvelle phrase secrète (coopdesk-cli user add NOM)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>You are the only user with a passphrase: no one else loses access.</source>
        <translation>Vous êtes le seul utilisateur doté d’une phrase secrète&#xa0;: personne d’autre ne perd l’accès.</translation>
    </message>
    <message>
        <source>&amp;Change the data key</source>
        <translation>&amp;Changer la clé des données</translation>
    </message>
    <message>
        <source>No longer able to unlock, to be added again with a new passphrase: {0}</source>
        <translation>Ne peuvent plus déverrouiller, à ajouter de nouveau avec une nouvelle phrase secrète&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RekeyForm</name>
    <message>
        <source>The workspace gets a new data key and the database is encrypted again under it. The old key stops working: a copy of it, or a key remembered on a computer, no longer opens the workspace. Do this after removing a user, or when a key may have been copied.</source>
        <translation>L’espace de travail reçoit une nouvelle clé des données et la base est chiffrée de nouveau avec elle. L’ancienne clé cesse de fonctionner&#xa0;: une copie de celle-ci, ou une clé mémorisée sur un ordinateur, n’ouvre plus l’espace de travail. Faites-le après avoir retiré un utilisateur, ou si une clé a pu être copiée.</translation>
    </message>
    <message>
        <source>Backups made before now stay encrypted with the old key: keep the old recovery key as long as you keep them. Copies of the database already taken cannot be revoked.</source>
        <translation>Les sauvegardes faites jusqu’ici restent chiffrées avec l’ancienne clé&#xa0;: gardez l’ancienne clé de récupération aussi longtemps que vous les conservez. Les copies de la base déjà prises ne peuvent pas être révoquées.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>The workspace has a new data key. This is its new recovery key, shown only now: print it or write it down, keep it in the office safe and destroy the old one once no backup made before today is needed.</source>
        <translation>L’espace de travail a une nouvelle clé des données. Voici sa nouvelle clé de récupération, affichée seulement maintenant&#xa0;: imprimez-la ou notez-la, gardez-la dans le coffre du bureau et détruisez l’ancienne dès qu’aucune sauvegarde antérieure à aujourd’hui n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Backups made before now open only with the OLD recovery key.</source>
        <translation>Les sauvegardes faites jusqu’ici ne s’ouvrent qu’avec l’ANCIENNE clé de récupération.</translation>
    </message>
    <message>
        <source>I have written down or printed the new recovery key and will keep it safe</source>
        <translation>J’ai noté ou imprimé la nouvelle clé de récupération et la garderai en lieu sûr</translation>
    </message>
</context>
<context>
    <name>RekeyMessages</name>
    <message>
        <source>Another window or command still has the workspace open: close it and change the data key again. Nothing was changed.</source>
        <translation>Une autre fenêtre ou commande a encore l’espace de travail ouvert&#xa0;: fermez-la et changez à nouveau la clé des données. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{0} requests are due today or overdue.</source>
        <translation>{0} demandes arrivent à échéance aujourd’hui ou sont en retard.</translation>
    </message>
</context>
<context>
    <name>RepliesMessages</name>
    <message>
        <source>{0} is {1}. Writing it to a file takes it outside the encrypted workspace: confirm that this is intended.</source>
        <translation>{0} est {1}. L’écrire dans un fichier la fait sortir de l’espace de travail chiffré&#xa0;: confirmez que c’est bien voulu.</translation>
    </message>
    <message>
        <source>There is no reply template &apos;{0}&apos;. Known: {1}.</source>
        <translation>Il n’existe pas de modèle de réponse «&#xa0;{0}&#xa0;». Modèles connus&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The template &apos;{0}&apos; has no version in &apos;{1}&apos; (it has: {2}).</source>
        <translation>Le modèle «&#xa0;{0}&#xa0;» n’a pas de version en «&#xa0;{1}&#xa0;» (versions disponibles&#xa0;: {2}).</translation>
    </message>
    <message>
        <source>The built-in template file {0} is missing from {1}; reinstall Cooperation Desk.</source>
        <translation>Le fichier de modèle intégré {0} manque dans {1}&#xa0;; réinstallez Cooperation Desk.</translation>
    </message>
    <message>
        <source>A template name is 1 to 64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. acknowledgement or visa-letterhead).</source>
        <translation>Un nom de modèle compte de 1 à 64 lettres minuscules, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» (par exemple acknowledgement ou visa-letterhead).</translation>
    </message>
    <message>
        <source>A template is in one of: {0}.</source>
        <translation>Un modèle est rédigé dans l’une de ces langues&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Give the template a title, as the reply dialog will list it.</source>
        <translation>Donnez au modèle un titre, tel que la fenêtre des réponses l’affichera.</translation>
    </message>
    <message>
        <source>Templates are limited to {0} MiB.</source>
        <translation>Les modèles sont limités à {0} Mio.</translation>
    </message>
    <message>
        <source>The template uses the placeholder {{{{ {0} }}}}, which Cooperation Desk does not fill. Correct its spelling or remove it.</source>
        <translation>Le modèle utilise le champ {{{{ {0} }}}}, que Cooperation Desk ne remplit pas. Corrigez son orthographe ou supprimez-le.</translation>
    </message>
    <message>
        <source>The office has no template &apos;{0}&apos; in &apos;{1}&apos;.</source>
        <translation>Le bureau n’a pas de modèle «&#xa0;{0}&#xa0;» en «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a field of a reply that can be changed.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un champ modifiable d’une réponse.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>A Word export needs a file name ending in .docx.</source>
        <translation>Une exportation Word exige un nom de fichier se terminant par .docx.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n’existe pas.</translation>
    </message>
    <message>
        <source>{0} Choose a reply that fits, or force it (recorded in the timeline).</source>
        <translation>{0} Choisissez une réponse adaptée, ou forcez l’exportation (ce sera consigné dans l’historique).</translation>
    </message>
    <message>
        <source>A notice of refusal must give the Court the reasons (art. 93(6) of the Rome Statute).</source>
        <translation>Une notification de refus doit exposer ses motifs à la Cour (art. 93, par. 6, du Statut de Rome).</translation>
    </message>
    <message>
        <source>A request for clarification must say what needs clarifying.</source>
        <translation>Une demande d’éclaircissements doit préciser les points à éclaircir.</translation>
    </message>
    <message>
        <source>A cover note must list the documents it transmits.</source>
        <translation>Une note de transmission doit énumérer les documents qu’elle transmet.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the Court — {0}</source>
        <translation>Réponse à la Cour — {0}</translation>
    </message>
    <message>
        <source>No reply fits this request&apos;s kind and status.</source>
        <translation>Aucune réponse ne correspond au type et au statut de cette demande.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>{0}:</source>
        <comment>a field&apos;s label</comment>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <source>the office’s name or the State’s name</source>
        <translation>le nom du service ou celui de l’État</translation>
    </message>
    <message>
        <source>the office’s name or the State’s name in French</source>
        <translation>le nom du service ou celui de l’État en français</translation>
    </message>
    <message>
        <source>the place in French</source>
        <translation>le lieu en français</translation>
    </message>
    <message>
        <source>This letter needs {0}. &lt;a href=&quot;settings&quot;&gt;Fill in the settings…&lt;/a&gt;</source>
        <translation>Cette lettre a besoin de {0}. &lt;a href=&quot;settings&quot;&gt;Compléter les paramètres…&lt;/a&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Confidential request</source>
        <translation>Demande confidentielle</translation>
    </message>
    <message>
        <source>This request is {0}. The Word file will not be encrypted. Save it all the same?</source>
        <translation>Cette demande est de niveau «&#xa0;{0}&#xa0;». Le fichier Word ne sera pas chiffré. L’enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Enregistrer en document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved {0}; a copy is kept with the request.</source>
        <translation>{0} enregistré&#xa0;; une copie est conservée avec la demande.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>Sender, as the note begins</source>
        <translation>Expéditeur, tel que la note commence</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address block</source>
        <translation>Bloc d’adresse</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>The Court&apos;s reference</source>
        <translation>Référence de la Cour</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Further paragraphs</source>
        <translation>Paragraphes supplémentaires</translation>
    </message>
    <message>
        <source>Outcome of the execution</source>
        <translation>Résultat de l’exécution</translation>
    </message>
    <message>
        <source>What was executed</source>
        <translation>Partie exécutée</translation>
    </message>
    <message>
        <source>What remains to be executed</source>
        <translation>Partie restant à exécuter</translation>
    </message>
    <message>
        <source>Remaining part expected by</source>
        <translation>Partie restante attendue pour le</translation>
    </message>
    <message>
        <source>Points to clarify</source>
        <translation>Points à éclaircir</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Period of postponement</source>
        <translation>Durée de l’ajournement</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Details of the transit</source>
        <translation>Modalités du transit</translation>
    </message>
    <message>
        <source>Details of the visa</source>
        <translation>Précisions sur le visa</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Documents transmitted</source>
        <translation>Documents transmis</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>National authority</source>
        <translation>Autorité nationale</translation>
    </message>
    <message>
        <source>Part to execute</source>
        <translation>Partie à exécuter</translation>
    </message>
    <message>
        <source>Reply requested by</source>
        <translation>Réponse demandée pour le</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Qualité du signataire</translation>
    </message>
</context>
<context>
    <name>ReplyDocxMessages</name>
    <message>
        <source>This file is not a Word document (.docx) that can be used as a template. Save it from Word as .docx and try again.</source>
        <translation>Ce fichier n’est pas un document Word (.docx) utilisable comme modèle. Enregistrez-le depuis Word au format .docx et réessayez.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholders break the document&apos;s structure: an {% if %} or {% for %} that spans paragraphs or table rows must use {%p ... %} or {%tr ... %} on a line of its own.</source>
        <translation>Les champs du modèle rompent la structure du document&#xa0;: un {% if %} ou un {% for %} qui s’étend sur plusieurs paragraphes ou lignes de tableau doit utiliser {%p ... %} ou {%tr ... %} sur une ligne à part.</translation>
    </message>
    <message>
        <source>The template uses the placeholder {{{{ {0} }}}}, which Cooperation Desk does not fill. Correct its spelling or remove it.</source>
        <translation>Le modèle utilise le champ {{{{ {0} }}}}, que Cooperation Desk ne remplit pas. Corrigez son orthographe ou supprimez-le.</translation>
    </message>
    <message>
        <source>The template tries something templates may not do: {0}.</source>
        <translation>Le modèle tente une opération interdite aux modèles&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The template has a broken placeholder in paragraph {0} of its {1}{2}: {3}. Word sometimes splits a placeholder when it is typed over; retype it in one go.</source>
        <translation>Le modèle contient un champ rompu au paragraphe {0} de son {1}{2}&#xa0;: {3}. Word scinde parfois un champ lorsqu’on le modifie&#xa0;; ressaisissez-le d’un seul tenant.</translation>
    </message>
    <message>
        <source>The template cannot be filled ({0}): {1}.</source>
        <translation>Le modèle ne peut pas être rempli ({0})&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Replies that fit this request</source>
        <translation>Réponses adaptées à cette demande</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the reply</source>
        <translation>Aperçu de la réponse</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>Fiche ré&amp;capitulative…</translation>
    </message>
    <message>
        <source>&amp;Open the saved document</source>
        <translation>&amp;Ouvrir le document enregistré</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Enregistrer en document &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Court &amp;reference:</source>
        <translation>&amp;Référence de la Cour&#xa0;:</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Référence de la Cour</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Art. 93(1):</source>
        <translation>Art. 93, par. 1&#xa0;:</translation>
    </message>
    <message>
        <source>Forms of assistance, art. 93(1)</source>
        <translation>Formes d’assistance, art. 93, par. 1</translation>
    </message>
    <message>
        <source>Requesting &amp;organ:</source>
        <translation>Organe re&amp;quérant&#xa0;:</translation>
    </message>
    <message>
        <source>Requesting organ</source>
        <translation>Organe requérant</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>A&amp;ffaire&#xa0;:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Voie de transmission&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Con&amp;fidentiality:</source>
        <translation>&amp;Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Court &amp;deadline:</source>
        <translation>Éc&amp;héance de la Cour&#xa0;:</translation>
    </message>
    <message>
        <source>Set by the Court</source>
        <translation>Fixée par la Cour</translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation>Échéance fixée par la Cour</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <source>Persons concerned, one per line</source>
        <translation>Personnes concernées, une par ligne</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Exhaustivité</translation>
    </message>
    <message>
        <source>Elements of the request</source>
        <translation>Éléments de la demande</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>Drop the Court&apos;s letter (PDF) here, or use “Add file…”.</source>
        <translation>Déposez ici la lettre de la Cour (PDF), ou utilisez «&#xa0;Ajouter un fichier…&#xa0;».</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un f&amp;ichier…</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <source>Link as its duplicate</source>
        <translation>La lier comme son doublon</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Past on arrival: the Court&apos;s deadline had passed when the request was received. Keep the Court&apos;s date; the request is registered with it and shown as overdue.</source>
        <translation>Échue à l’arrivée&#xa0;: le délai fixé par la Cour était déjà passé à la réception de la demande. Gardez la date de la Cour&#xa0;; la demande est enregistrée avec elle et signalée en retard.</translation>
    </message>
    <message>
        <source>Already registered: {0}, received {1}: {2}. Open it, or save to register this one as well (linked as its duplicate if ticked).</source>
        <translation>Déjà enregistrée&#xa0;: {0}, reçue le {1}&#xa0;: {2}. Ouvrez-la, ou enregistrez pour inscrire aussi celle-ci (liée comme son doublon si la case est cochée).</translation>
    </message>
    <message>
        <source>Tick what the Court&apos;s letter contains. Elements seen in the form are ticked for you.</source>
        <translation>Cochez ce que contient la lettre de la Cour. Les éléments visibles dans le formulaire sont cochés d’office.</translation>
    </message>
    <message>
        <source>Seen in the form</source>
        <translation>Visible dans le formulaire</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Complète.</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) missing: a request for clarification can list them.</source>
        <translation>
            <numerusform>%n élément manquant&#xa0;: une demande d’éclaircissements peut le signaler.</numerusform>
            <numerusform>%n éléments manquants&#xa0;: une demande d’éclaircissements peut les énumérer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>This Court reference is registered already ({0}). Save again to register this request as well.</source>
        <translation>Cette référence de la Cour est déjà enregistrée ({0}). Enregistrez de nouveau pour inscrire aussi cette demande.</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Incurred</source>
        <translation>Engagée le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Transfer logistics</source>
        <translation>Logistique du transfèrement</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Suite de</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Suivie de</translation>
    </message>
    <message>
        <source>Full request after the provisional arrest</source>
        <translation>Demande complète après l’arrestation provisoire</translation>
    </message>
    <message>
        <source>Provisional arrest followed by the full request</source>
        <translation>Arrestation provisoire suivie de la demande complète</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Duplicated by</source>
        <translation>En double avec</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <source>No date is running.</source>
        <translation>Aucun délai ne court.</translation>
    </message>
    <message>
        <source>Review due since {0}.</source>
        <translation>Réexamen à faire depuis le {0}.</translation>
    </message>
    <message>
        <source>Standing request: next review {0}.</source>
        <translation>Demande permanente&#xa0;: prochain réexamen le {0}.</translation>
    </message>
    <message>
        <source>Clock paused while in consultation with the Court ({0} days left when paused).</source>
        <translation>Délai suspendu pendant la consultation avec la Cour ({0} jours restants au moment de la suspension).</translation>
    </message>
    <message>
        <source>Overdue by {0} days: due {1}.</source>
        <translation>En retard de {0} jours&#xa0;: échéance au {1}.</translation>
    </message>
    <message>
        <source>Due in {0} days: {1}.</source>
        <translation>Échéance dans {0} jours&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Due {0} ({1} days left).</source>
        <translation>Échéance au {0} ({1} jours restants).</translation>
    </message>
    <message>
        <source>The final due date, {0}, is a day the Court is closed: the answer must reach it by its previous working day.</source>
        <translation>L’échéance finale, le {0}, tombe un jour de fermeture de la Cour&#xa0;: la réponse doit lui parvenir le jour ouvrable précédent.</translation>
    </message>
    <message>
        <source>Needs a statutory ground and the reasons</source>
        <translation>Exige un fondement statutaire et sa motivation</translation>
    </message>
    <message>
        <source>{0} leads it: its status and deadline apply here</source>
        <translation>{0} la pilote&#xa0;: son statut et son échéance s’appliquent ici</translation>
    </message>
    <message>
        <source>{0}, their number {1} (that office leads: its status and deadline apply here)</source>
        <translation>{0}, son numéro {1} (c’est ce bureau-là qui pilote&#xa0;: son statut et son échéance s’appliquent ici)</translation>
    </message>
    <message>
        <source>{0} proposes {1}</source>
        <translation>{0} propose {1}</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>N° d’enregistrement</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Référence de la Cour</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Art. 93(1)</source>
        <translation>Art. 93, par. 1</translation>
    </message>
    <message>
        <source>Requesting organ</source>
        <translation>Organe requérant</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçue de</translation>
    </message>
    <message>
        <source>Awaiting your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Arrested on</source>
        <translation>Arrêtée le</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernier réexamen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochain réexamen</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Échéance finale</translation>
    </message>
    <message>
        <source>Watch ended</source>
        <translation>Surveillance terminée</translation>
    </message>
    <message>
        <source>deliver by {0}</source>
        <translation>remettre au plus tard le {0}</translation>
    </message>
    <message>
        <source>Internal due</source>
        <translation>Échéance interne</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Done: exported on {0}</source>
        <translation>Fait&#xa0;: exporté le {0}</translation>
    </message>
    <message>
        <source>Past its deadline on arrival: overdue from the day it was received.</source>
        <translation>Délai déjà dépassé à l’arrivée&#xa0;: en retard dès le jour de la réception.</translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation>Demandes liées</translation>
    </message>
    <message>
        <source>All elements required are present.</source>
        <translation>Tous les éléments requis sont présents.</translation>
    </message>
    <message>
        <source>Missing (ask the Court under art. 97):</source>
        <translation>Éléments manquants (à demander à la Cour en vertu de l’art. 97)&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Exhaustivité</translation>
    </message>
    <message>
        <source>Select the routing step that was answered.</source>
        <translation>Sélectionnez la transmission à laquelle il a été répondu.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation>Ajout de {0} en pièce jointe…</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Save a copy…” to open it elsewhere.</source>
        <translation>Pas d’aperçu pour ce type de fichier. Utilisez «&#xa0;Enregistrer une copie…&#xa0;» pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>Select the attachment to save.</source>
        <translation>Sélectionnez la pièce jointe à enregistrer.</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Enregistrer une copie (non chiffrée)</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>Enregistrement de {0}…</translation>
    </message>
    <message>
        <source>Export this audit trail (not encrypted)</source>
        <translation>Exporter ce journal d’audit (non chiffré)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Add to calendar: save the due dates (not encrypted)</source>
        <translation>Ajouter au calendrier&#xa0;: enregistrer les échéances (non chiffré)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Due dates saved to {0}: open it with your calendar.</source>
        <translation>Échéances enregistrées dans {0}&#xa0;: ouvrez-le avec votre calendrier.</translation>
    </message>
    <message>
        <source>Type the other request&apos;s registry number or Court reference.</source>
        <translation>Saisissez le numéro d’enregistrement ou la référence de la Cour de l’autre demande.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Étape suivante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation>&amp;Prorogation…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Arres&amp;t…</source>
        <translation>Arrestati&amp;on…</translation>
    </message>
    <message>
        <source>Record the day the person was arrested</source>
        <translation>Enregistrer le jour où la personne a été arrêtée</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Réexame&amp;n…</translation>
    </message>
    <message>
        <source>Record the periodic review of this standing request</source>
        <translation>Enregistrer le réexamen périodique de cette demande permanente</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>Record that another request belongs with this one</source>
        <translation>Indiquer qu’une autre demande va avec celle-ci</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>Dél&amp;ier…</translation>
    </message>
    <message>
        <source>Remove a link made by mistake</source>
        <translation>Retirer un lien fait par erreur</translation>
    </message>
    <message>
        <source>Add to calen&amp;dar…</source>
        <translation>Ajouter au calen&amp;drier…</translation>
    </message>
    <message>
        <source>Save this request&apos;s due dates as a calendar file (.ics): registry number, kind and clock only, never the subject or names</source>
        <translation>Enregistrer les échéances de cette demande dans un fichier de calendrier (.ics)&#xa0;: numéro d’enregistrement, type et échéance seulement, jamais l’objet ni les noms</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Overview of the request</source>
        <translation>Vue d’ensemble de la demande</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>Routing steps</source>
        <translation>Transmissions aux autorités</translation>
    </message>
    <message>
        <source>&amp;Route to an authority…</source>
        <translation>&amp;Transmettre à une autorité…</translation>
    </message>
    <message>
        <source>&amp;Mark answered…</source>
        <translation>&amp;Consigner la réponse…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write a note (who you called, what was agreed)…</source>
        <translation>Rédigez une note (qui vous avez appelé, ce qui a été convenu)…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>S&amp;hare with other offices</source>
        <translation>Partager avec les autres &amp;bureaux</translation>
    </message>
    <message>
        <source>The note travels in the parcels sent to other offices; otherwise it stays in this workspace.</source>
        <translation>La note voyage dans les colis envoyés aux autres bureaux&#xa0;; sinon elle reste dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachment viewer</source>
        <translation>Visionneuse de pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Add &amp;cost…</source>
        <translation>Ajouter une &amp;dépense…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>The audit entries as recorded: action codes, values before and after, file digests</source>
        <translation>Les entrées du journal d’audit telles qu’enregistrées&#xa0;: codes d’action, valeurs avant et après, empreintes des fichiers</translation>
    </message>
    <message>
        <source>E&amp;xport this audit trail…</source>
        <translation>E&amp;xporter ce journal d’audit…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of a standing request</source>
        <translation>Réexamen d’une demande permanente</translation>
    </message>
    <message>
        <source>The person is still sought and the request stands. The next review is counted from this one.</source>
        <translation>La personne est toujours recherchée et la demande demeure. Le prochain réexamen se compte à partir de celui-ci.</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Réexaminée le&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Date du réexamen</translation>
    </message>
    <message>
        <source>What the review &amp;found:</source>
        <translation>&amp;Constat du réexamen&#xa0;:</translation>
    </message>
    <message>
        <source>What the review found</source>
        <translation>Constat du réexamen</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route to a national authority</source>
        <translation>Transmettre à une autorité nationale</translation>
    </message>
    <message>
        <source>{0} (usual for this kind)</source>
        <translation>{0} (habituelle pour ce type)</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Date d’envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Set by hand. The default would be {0}: {1}</source>
        <translation>Fixée à la main. La date par défaut serait le {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>RouteForm</name>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité&#xa0;:</translation>
    </message>
    <message>
        <source>National authority</source>
        <translation>Autorité nationale</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Partie&#xa0;:</translation>
    </message>
    <message>
        <source>Which part of the request</source>
        <translation>Partie de la demande concernée</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Internal due date</source>
        <translation>Échéance interne</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Mode de calcul de l’échéance</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>&amp;Leur référence&#xa0;:</translation>
    </message>
    <message>
        <source>The authority&apos;s reference</source>
        <translation>Référence de l’autorité</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>an embassy</source>
        <translation>une ambassade</translation>
    </message>
    <message>
        <source>a ministry</source>
        <translation>un ministère</translation>
    </message>
    <message>
        <source>(weekends only)</source>
        <translation>(week-ends uniquement)</translation>
    </message>
    <message>
        <source>(none: the State&apos;s holidays only)</source>
        <translation>(aucun&#xa0;: jours fériés de l’État seulement)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Set by hand:</source>
        <translation>Fixée à la main&#xa0;:</translation>
    </message>
    <message>
        <source>The State&apos;s: {0}</source>
        <translation>Celle de l’État&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(the whole State)</source>
        <translation>(tout l’État)</translation>
    </message>
    <message>
        <source>This pattern cannot be used: write YYYY for the year and NNNN for the number, e.g. CD-YYYY-NNNN.</source>
        <translation>Ce modèle ne peut pas servir&#xa0;: écrivez YYYY pour l’année et NNNN pour le numéro, par exemple CD-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>A registry number needs NNN or more N for the number within the year, otherwise every request would get the same number: e.g. CD-YYYY-NNNN.</source>
        <translation>Un numéro d’enregistrement doit contenir au moins NNN pour le numéro dans l’année, sinon toutes les demandes recevraient le même numéro&#xa0;: par exemple CD-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>For example: {0}</source>
        <translation>Par exemple&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>How the office is named on letterheads and in notes verbales. The French forms are written out in full, with their article, because French grammar cannot be guessed.</source>
        <translation>Le nom du service tel qu’il figure sur les en-têtes et dans les notes verbales. Les formes françaises sont écrites en entier, avec leur article, car la grammaire française ne se devine pas.</translation>
    </message>
    <message>
        <source>The &amp;sender is:</source>
        <translation>L’&amp;expéditeur est&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of office that sends replies</source>
        <translation>Type de service qui envoie les réponses</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom du service en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation>Nom du service en anglais</translation>
    </message>
    <message>
        <source>e.g. Embassy of the Republic of Testland</source>
        <translation>p. ex. Embassy of the Republic of Testland</translation>
    </message>
    <message>
        <source>Office name in &amp;French:</source>
        <translation>Nom du service en &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>Office name in French</source>
        <translation>Nom du service en français</translation>
    </message>
    <message>
        <source>e.g. L&apos;Ambassade de la République de Testland</source>
        <translation>p. ex. L’Ambassade de la République de Testland</translation>
    </message>
    <message>
        <source>Name of the S&amp;tate:</source>
        <translation>Nom de l’É&amp;tat en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the State in English, as written after “of”</source>
        <translation>Nom de l’État en anglais, tel qu’il s’écrit après «&#xa0;of&#xa0;»</translation>
    </message>
    <message>
        <source>as written after “of”: the Republic of Testland</source>
        <translation>tel qu’il s’écrit après «&#xa0;of&#xa0;»&#xa0;: the Republic of Testland</translation>
    </message>
    <message>
        <source>Name of the State in Fr&amp;ench:</source>
        <translation>Nom de l’État en fr&amp;ançais&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the State in French, with its article</source>
        <translation>Nom de l’État en français, avec son article</translation>
    </message>
    <message>
        <source>with its article: la République de Testland</source>
        <translation>avec son article&#xa0;: la République de Testland</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address of the office</source>
        <translation>Adresse postale du service</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Place written on replies</source>
        <translation>Lieu indiqué sur les réponses</translation>
    </message>
    <message>
        <source>e.g. The Hague</source>
        <translation>p. ex. The Hague</translation>
    </message>
    <message>
        <source>Place in Fren&amp;ch:</source>
        <translation>Lie&amp;u en français&#xa0;:</translation>
    </message>
    <message>
        <source>Place written on replies in French</source>
        <translation>Lieu indiqué sur les réponses en français</translation>
    </message>
    <message>
        <source>e.g. La Haye (empty: as in English)</source>
        <translation>p. ex. La Haye (vide&#xa0;: comme en anglais)</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <source>A change here moves the due dates of every request in the register at once. The Court&apos;s own deadlines and agreed extensions always come first.</source>
        <translation>Toute modification ici déplace en une fois les échéances de toutes les demandes du registre. Les délais fixés par la Cour et les prorogations convenues priment toujours.</translation>
    </message>
    <message>
        <source>State whose public &amp;holidays count:</source>
        <translation>État dont les jours &amp;fériés comptent&#xa0;:</translation>
    </message>
    <message>
        <source>State whose public holidays count</source>
        <translation>État dont les jours fériés comptent</translation>
    </message>
    <message>
        <source>&amp;Margin before the final due date:</source>
        <translation>&amp;Marge avant l’échéance finale&#xa0;:</translation>
    </message>
    <message>
        <source>Margin in working days between the internal and the final due date</source>
        <translation>Marge en jours ouvrables entre l’échéance interne et l’échéance finale</translation>
    </message>
    <message>
        <source>National authorities are asked to answer this many working days before the Court&apos;s due date.</source>
        <translation>Les autorités nationales sont invitées à répondre ce nombre de jours ouvrables avant l’échéance fixée par la Cour.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrables</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge receipt within:</source>
        <translation>Accuser réce&amp;ption sous&#xa0;:</translation>
    </message>
    <message>
        <source>Working days to acknowledge receipt</source>
        <translation>Jours ouvrables pour accuser réception</translation>
    </message>
    <message>
        <source>Default deadline when the Court sets &amp;none, in calendar days from receipt:</source>
        <translation>Délai par défaut lorsque la Cour n’en fixe &amp;aucun, en jours calendaires à compter de la réception&#xa0;:</translation>
    </message>
    <message>
        <source>Default deadline in days per kind of request</source>
        <translation>Délai par défaut en jours par type de demande</translation>
    </message>
    <message>
        <source>Press F2 or start typing to change the number of days.</source>
        <translation>Appuyez sur F2 ou commencez à taper pour modifier le nombre de jours.</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>&amp;Restore the default days</source>
        <translation>&amp;Rétablir les délais par défaut</translation>
    </message>
    <message>
        <source>Restore the default deadlines per kind</source>
        <translation>Rétablir les délais par défaut par type</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>Calendr&amp;iers</translation>
    </message>
    <message>
        <source>Working days are counted in two calendars: the State&apos;s, for the national authorities&apos; routing due dates, and the office&apos;s, which adds the host country&apos;s public holidays, for the acknowledgement, the internal margin and the checklists. A change here moves the due dates of every request at once.</source>
        <translation>Les jours ouvrables sont comptés selon deux calendriers&#xa0;: celui de l’État, pour les échéances des autorités nationales saisies, et celui du bureau, qui y ajoute les jours fériés du pays hôte, pour l’accusé de réception, la marge interne et les listes de contrôle. Une modification ici déplace aussitôt les échéances de toutes les demandes.</translation>
    </message>
    <message>
        <source>&amp;Region of the State:</source>
        <translation>&amp;Région de l’État&#xa0;:</translation>
    </message>
    <message>
        <source>Region of the State whose own holidays count</source>
        <translation>Région de l’État dont les jours fériés propres comptent</translation>
    </message>
    <message>
        <source>Where holidays differ within the State (a German Land, a Swiss canton), the region whose holidays count.</source>
        <translation>Là où les jours fériés diffèrent au sein de l’État (un Land allemand, un canton suisse), la région dont les jours fériés comptent.</translation>
    </message>
    <message>
        <source>Working &amp;week:</source>
        <translation>&amp;Semaine de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Whose working week counts</source>
        <translation>Semaine de travail qui compte</translation>
    </message>
    <message>
        <source>The State&apos;s week is the one the holiday calendar gives it; where that is wrong or the office keeps another week, set the working days by hand.</source>
        <translation>La semaine de l’État est celle que lui donne le calendrier des jours fériés&#xa0;; s’il se trompe ou si le bureau tient une autre semaine, cochez les jours ouvrables à la main.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Monday is a working day</source>
        <translation>Le lundi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Tuesday is a working day</source>
        <translation>Le mardi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Wednesday is a working day</source>
        <translation>Le mercredi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Thursday is a working day</source>
        <translation>Le jeudi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Friday is a working day</source>
        <translation>Le vendredi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Saturday is a working day</source>
        <translation>Le samedi est un jour ouvrable</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Sunday is a working day</source>
        <translation>Le dimanche est un jour ouvrable</translation>
    </message>
    <message>
        <source>Host countr&amp;y (its holidays count too):</source>
        <translation>Pa&amp;ys hôte (ses jours fériés comptent aussi)&#xa0;:</translation>
    </message>
    <message>
        <source>Host country whose public holidays the office also keeps</source>
        <translation>Pays hôte dont le bureau observe aussi les jours fériés</translation>
    </message>
    <message>
        <source>An embassy in The Hague closes on Dutch public holidays too: choose the Netherlands.</source>
        <translation>Une ambassade à La Haye ferme aussi les jours fériés néerlandais&#xa0;: choisissez les Pays-Bas.</translation>
    </message>
    <message>
        <source>Which days each calendar counts</source>
        <translation>Les jours que compte chaque calendrier</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Language of the application:</source>
        <translation>&amp;Langue de l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>&amp;Registry numbers:</source>
        <translation>&amp;Numéros d’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Format of the registry numbers</source>
        <translation>Format des numéros d’enregistrement</translation>
    </message>
    <message>
        <source>YYYY is the year of registration; NNNN the number within the year, on as many digits as there are N (at least three).</source>
        <translation>YYYY est l’année d’enregistrement&#xa0;; NNNN le numéro dans l’année, sur autant de chiffres qu’il y a de N (au moins trois).</translation>
    </message>
    <message>
        <source>Example of a registry number</source>
        <translation>Exemple de numéro d’enregistrement</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>Taille maximale des &amp;pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Largest attachment in mebibytes</source>
        <translation>Taille maximale des pièces jointes en mébioctets</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Loc&amp;k the workspace after:</source>
        <translation>&amp;Verrouiller l’espace de travail après&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without activity before the workspace locks</source>
        <translation>Minutes d’inactivité avant le verrouillage de l’espace de travail</translation>
    </message>
    <message>
        <source> minutes without activity</source>
        <translation> minutes d’inactivité</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>&amp;Effacer le texte copié après&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic &amp;backups kept:</source>
        <translation>Sauvegardes au&amp;tomatiques conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Number of automatic backups kept</source>
        <translation>Nombre de sauvegardes automatiques conservées</translation>
    </message>
    <message>
        <source>An encrypted backup is made when you lock or close the workspace, and once a day.</source>
        <translation>Une sauvegarde chiffrée est faite au verrouillage ou à la fermeture de l’espace de travail, et une fois par jour.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Empty: the backups folder inside the workspace</source>
        <translation>Vide&#xa0;: le dossier «&#xa0;backups&#xa0;» de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Watched folder for parcels:</source>
        <translation>Dossier surveillé pour les c&amp;olis&#xa0;:</translation>
    </message>
    <message>
        <source>Folder watched for parcels addressed to this office</source>
        <translation>Dossier surveillé pour les colis adressés à ce bureau</translation>
    </message>
    <message>
        <source>Empty: no folder is watched for parcels</source>
        <translation>Vide&#xa0;: aucun dossier n’est surveillé</translation>
    </message>
    <message>
        <source>While the workspace is open, a parcel for this office that appears in this folder (a shared folder, a USB stick) is offered for receiving. Its files are never moved or deleted.</source>
        <translation>Tant que l’espace de travail est ouvert, un colis pour ce bureau qui apparaît dans ce dossier (dossier partagé, clé USB) est proposé à la réception. Ses fichiers ne sont jamais déplacés ni supprimés.</translation>
    </message>
    <message>
        <source>Seconds before copied text is cleared from the clipboard</source>
        <translation>Secondes avant l’effacement du texte copié dans le presse-papiers</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>The registry-number format may only use {year} and {seq}, e.g. CD-{year}-{seq:04d}.</source>
        <translation>Le format du numéro d’enregistrement ne peut utiliser que {year} et {seq}, par exemple CD-{year}-{seq:04d}.</translation>
    </message>
    <message>
        <source>The registry-number format must contain {seq} so numbers differ.</source>
        <translation>Le format du numéro d’enregistrement doit contenir {seq} pour que les numéros diffèrent.</translation>
    </message>
    <message>
        <source>Margins are a number of working days, zero or more.</source>
        <translation>Les marges sont un nombre de jours ouvrables, égal ou supérieur à zéro.</translation>
    </message>
    <message>
        <source>Default deadlines are at least one day.</source>
        <translation>Les délais par défaut sont d’au moins un jour.</translation>
    </message>
    <message>
        <source>Standing requests are reviewed every one day or more.</source>
        <translation>L’intervalle de réexamen des demandes permanentes est d’au moins un jour.</translation>
    </message>
    <message>
        <source>The idle lock time is 1 to 480 minutes.</source>
        <translation>Le délai de verrouillage en cas d’inactivité est de 1 à 480 minutes.</translation>
    </message>
    <message>
        <source>The attachment limit is 1 to 2048 MiB.</source>
        <translation>La taille maximale des pièces jointes est de 1 à 2048 Mio.</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 5 to 3600 seconds.</source>
        <translation>Le presse-papiers est vidé après 5 à 3600 secondes.</translation>
    </message>
    <message>
        <source>Keep 1 to 365 automatic backups.</source>
        <translation>Conservez de 1 à 365 sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>The parcels folder {0} does not exist: choose an existing folder, or leave it empty.</source>
        <translation>Le dossier des colis {0} n’existe pas&#xa0;: choisissez un dossier existant, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <source>Cooperation Desk keeps the Court&apos;s requests in an encrypted workspace on this computer. Tell it who you are and which office you work for; you can change this later in Settings.</source>
        <translation>Cooperation Desk conserve les demandes de la Cour dans un espace de travail chiffré sur cet ordinateur. Indiquez qui vous êtes et pour quel service vous travaillez&#xa0;; vous pourrez le modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. amartin (no spaces)</source>
        <translation>p. ex. amartin (sans espace)</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Office name for letterheads</source>
        <translation>Nom du service pour l’en-tête</translation>
    </message>
    <message>
        <source>e.g. Embassy of … in The Hague</source>
        <translation>p. ex. Ambassade de … à La Haye</translation>
    </message>
    <message>
        <source>Office in French:</source>
        <translation>Bureau en français&#xa0;:</translation>
    </message>
    <message>
        <source>Office name in French, with its article</source>
        <translation>Nom du bureau en français, avec son article</translation>
    </message>
    <message>
        <source>e.g. L&apos;Ambassade de … à La Haye (for letters in French)</source>
        <translation>p. ex. L’Ambassade de … à La Haye (pour les lettres en français)</translation>
    </message>
    <message>
        <source>Name of the State:</source>
        <translation>Nom de l’État&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the State in English, as written after “of”</source>
        <translation>Nom de l’État en anglais, tel qu’il s’écrit après «&#xa0;of&#xa0;»</translation>
    </message>
    <message>
        <source>as written after “of”: the Republic of Testland</source>
        <translation>tel qu’il s’écrit après «&#xa0;of&#xa0;»&#xa0;: the Republic of Testland</translation>
    </message>
    <message>
        <source>State in French:</source>
        <translation>État en français&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the State in French, with its article</source>
        <translation>Nom de l’État en français, avec son article</translation>
    </message>
    <message>
        <source>with its article: la République de Testland</source>
        <translation>avec son article&#xa0;: la République de Testland</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Place written on replies</source>
        <translation>Lieu indiqué sur les réponses</translation>
    </message>
    <message>
        <source>e.g. The Hague</source>
        <translation>p. ex. The Hague</translation>
    </message>
    <message>
        <source>Place in French:</source>
        <translation>Lieu en français&#xa0;:</translation>
    </message>
    <message>
        <source>Place written on replies in French</source>
        <translation>Lieu indiqué sur les réponses en français</translation>
    </message>
    <message>
        <source>e.g. La Haye (empty: as in English)</source>
        <translation>p. ex. La Haye (vide&#xa0;: comme en anglais)</translation>
    </message>
    <message>
        <source>&amp;State (public holidays):</source>
        <translation>É&amp;tat (jours fériés)&#xa0;:</translation>
    </message>
    <message>
        <source>State whose public holidays count</source>
        <translation>État dont les jours fériés comptent</translation>
    </message>
    <message>
        <source>&amp;Region of the State:</source>
        <translation>&amp;Région de l’État&#xa0;:</translation>
    </message>
    <message>
        <source>Region of the State whose own holidays count</source>
        <translation>Région de l’État dont les jours fériés propres comptent</translation>
    </message>
    <message>
        <source>Host countr&amp;y (its holidays count too):</source>
        <translation>Pa&amp;ys hôte (ses jours fériés comptent aussi)&#xa0;:</translation>
    </message>
    <message>
        <source>Host country whose public holidays the office also keeps</source>
        <translation>Pays hôte dont le bureau observe aussi les jours fériés</translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <source>Choose a passphrase: several words are easier to remember and harder to guess than a short password. Nobody, including the authors of this program, can recover it for you; the recovery key on the next page is the only way back in.</source>
        <translation>Choisissez une phrase secrète&#xa0;: plusieurs mots sont plus faciles à retenir et plus difficiles à deviner qu’un mot de passe court. Personne, pas même les auteurs de ce programme, ne pourra la retrouver pour vous&#xa0;; la clé de récupération de la page suivante est le seul recours.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <source>This is the workspace&apos;s recovery key. It is shown only now. Print it or save it as PDF and keep it in the office safe: with it, the workspace opens even if every passphrase is forgotten.</source>
        <translation>Voici la clé de récupération de l’espace de travail. Elle n’est affichée qu’une seule fois. Imprimez-la ou enregistrez-la en PDF et conservez-la dans le coffre du bureau&#xa0;: elle permet d’ouvrir l’espace de travail même si toutes les phrases secrètes sont oubliées.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>To use it, click “Forgot passphrase…” on the unlock screen, type the key exactly as printed (the dashes may be left out) and choose a new passphrase.</source>
        <translation>Pour l’utiliser, cliquez sur «&#xa0;Phrase secrète oubliée…&#xa0;» à l’écran de déverrouillage, saisissez la clé telle qu’imprimée (les tirets peuvent être omis) et choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>J’ai imprimé ou enregistré la clé de récupération et la conserverai en lieu sûr</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cooperation Desk — New workspace</source>
        <translation>Cooperation Desk — Nouvel espace de travail</translation>
    </message>
</context>
<context>
    <name>StatisticsMessages</name>
    <message>
        <source>Unknown {0} {1}; known: {2}.</source>
        <translation>{0} inconnu(s)&#xa0;: {1}&#xa0;; valeurs connues&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>The period starts ({0}) after it ends ({1}).</source>
        <translation>La période commence ({0}) après sa fin ({1}).</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Requests received, by kind</source>
        <translation>Demandes reçues, par type</translation>
    </message>
    <message>
        <source>Requests received, by month</source>
        <translation>Demandes reçues, par mois</translation>
    </message>
    <message>
        <source>Turnaround of the requests answered (net days)</source>
        <translation>Délais des demandes ayant reçu une réponse (jours nets)</translation>
    </message>
    <message>
        <source>Answered or acknowledged on time (%)</source>
        <translation>Réponses et accusés de réception dans le délai (%)</translation>
    </message>
    <message>
        <source>@value%</source>
        <translation>@value&#xa0;%</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>N° d’enreg.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All organs</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <source>Shareable report (aggregates only)</source>
        <translation>Rapport communicable (données agrégées)</translation>
    </message>
    <message>
        <source>Internal report (names authorities)</source>
        <translation>Rapport interne (nomme les autorités)</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Requests behind a bar</source>
        <translation>Demandes derrière une barre</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>By the due date</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>Without extensions</source>
        <translation>Sans prorogation</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>over {0} days</source>
        <translation>plus de {0} jours</translation>
    </message>
    <message>
        <source>{0}–{1} days</source>
        <translation>{0} à {1} jours</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>{0} received · {1} answered (median {2} days, 90th percentile {3}) · {4} on time, {5} without extensions · {6} withdrawn · {7} open at the end of the period · {8} overdue today</source>
        <translation>{0} reçues · {1} ayant reçu une réponse (médiane {2} jours, 90e centile {3}) · {4} dans le délai, {5} sans prorogation · {6} retirées · {7} en cours à la fin de la période · {8} en retard à ce jour</translation>
    </message>
    <message>
        <source>Requests behind the bar: {0} ({1})</source>
        <translation>Demandes derrière la barre&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Export the cooperation report</source>
        <translation>Exporter le rapport sur la coopération</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Document Word (*.docx);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>Report written to {0}</source>
        <translation>Rapport écrit dans {0}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Version of the report</source>
        <translation>Version du rapport</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Only this kind</source>
        <translation>Uniquement ce type</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Organe&#xa0;:</translation>
    </message>
    <message>
        <source>Only this requesting organ</source>
        <translation>Uniquement cet organe requérant</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>Only this situation</source>
        <translation>Uniquement cette situation</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Only the requests this office leads</source>
        <translation>Uniquement les demandes que ce bureau dirige</translation>
    </message>
    <message>
        <source>Click a bar to list the requests it counts; double-click a request to open it.</source>
        <translation>Cliquez sur une barre pour afficher les demandes qu’elle compte&#xa0;; double-cliquez sur une demande pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Requests behind the bar</source>
        <translation>Demandes derrière la barre</translation>
    </message>
</context>
<context>
    <name>StatisticsReportMessages</name>
    <message>
        <source>The report is written as .docx (Word) or .xlsx (Excel): &apos;{0}&apos; is neither.</source>
        <translation>Le rapport s’écrit en .docx (Word) ou en .xlsx (Excel)&#xa0;: «&#xa0;{0}&#xa0;» n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>Unknown version &apos;{0}&apos;: shareable or internal.</source>
        <translation>Version «&#xa0;{0}&#xa0;» inconnue&#xa0;: shareable (communicable) ou internal (interne).</translation>
    </message>
    <message>
        <source>Unknown language &apos;{0}&apos;: en or fr.</source>
        <translation>Langue «&#xa0;{0}&#xa0;» inconnue&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status to “{0}”</source>
        <translation>Passer au statut «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Happened on:</source>
        <translation>Date effective&#xa0;:</translation>
    </message>
    <message>
        <source>The Statute requires a ground and the reasons; they are kept in the timeline.</source>
        <translation>Le Statut exige un motif et sa justification&#xa0;; ils sont conservés dans l’historique.</translation>
    </message>
    <message>
        <source>Say why; it is kept in the timeline.</source>
        <translation>Indiquez le motif&#xa0;; il est conservé dans l’historique.</translation>
    </message>
    <message>
        <source>A reason is optional; it is kept in the timeline.</source>
        <translation>Le motif est facultatif&#xa0;; il est conservé dans l’historique.</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Fondement&#xa0;:</translation>
    </message>
    <message>
        <source>Statutory ground</source>
        <translation>Fondement statutaire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>StatusesMessages</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A request that is {0} cannot become {1}. Allowed next: {2}.</source>
        <translation>Une demande au statut {0} ne peut pas passer au statut {1}. Statuts possibles ensuite&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>Moving to {0} needs a reason.</source>
        <translation>Le passage au statut {0} exige une justification.</translation>
    </message>
    <message>
        <source>Moving to {0} needs a ground: one of {1}.</source>
        <translation>Le passage au statut {0} exige un motif, parmi&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>«&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
</context>
<context>
    <name>StepAddForm</name>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Mandatory: the request cannot be reported executed while it is open</source>
        <translation>&amp;Obligatoire&#xa0;: la demande ne peut être déclarée exécutée tant qu’elle est en suspens</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>Autorité responsable</translation>
    </message>
</context>
<context>
    <name>StepDoneDialog</name>
    <message>
        <source>Done: {0}</source>
        <translation>Faite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>StepDoneForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Faite le&#xa0;:</translation>
    </message>
    <message>
        <source>Date the step was done</source>
        <translation>Date à laquelle l’étape a été faite</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatif&#xa0;:</translation>
    </message>
    <message>
        <source>Attachment that proves it</source>
        <translation>Pièce jointe qui en atteste</translation>
    </message>
</context>
<context>
    <name>StepNaForm</name>
    <message>
        <source>A step that does not apply is kept in the record with the reason.</source>
        <translation>Une étape sans objet est conservée dans le dossier avec son motif.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Why the step does not apply</source>
        <translation>Pourquoi l’étape est sans objet</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>Day it was found not to apply</source>
        <translation>Jour où l’étape s’est révélée sans objet</translation>
    </message>
</context>
<context>
    <name>StepNotApplicableDialog</name>
    <message>
        <source>Not applicable: {0}</source>
        <translation>Sans objet&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The workspace is busy: another window or command is writing to it (an import or a restore takes a while). Nothing was changed; try again when it has finished.</source>
        <translation>L’espace de travail est occupé&#xa0;: une autre fenêtre ou commande y écrit (une importation ou une restauration prend du temps). Rien n’a été modifié&#xa0;; réessayez lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>This request was changed by someone else since you opened it. Reopen it to see their change; your input was not saved.</source>
        <translation>Cette demande a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rouvrez-la pour voir cette modification&#xa0;; votre saisie n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>TemplateStepDialog</name>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Edit step — {0}</source>
        <translation>Modifier l’étape — {0}</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(sans phase)</translation>
    </message>
    <message>
        <source>The request cannot be reported executed while a mandatory step is open.</source>
        <translation>La demande ne peut être déclarée exécutée tant qu’une étape obligatoire est en suspens.</translation>
    </message>
    <message>
        <source>Mandatory steps are marked as such on the request&apos;s checklist.</source>
        <translation>Les étapes obligatoires sont signalées comme telles dans la liste de contrôle de la demande.</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(personne en particulier)</translation>
    </message>
    <message>
        <source>{0} (not in the directory)</source>
        <translation>{0} (absent de l’annuaire)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(pas d’échéance)</translation>
    </message>
    <message>
        <source>the day the request was received</source>
        <translation>le jour de la réception de la demande</translation>
    </message>
    <message>
        <source>the final due date of the request</source>
        <translation>l’échéance finale de la demande</translation>
    </message>
    <message>
        <source>the planned transfer</source>
        <translation>le transfèrement prévu</translation>
    </message>
    <message>
        <source>the day another step is done</source>
        <translation>le jour où une autre étape est accomplie</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation>Échéance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No due date: the step is listed without one.</source>
        <translation>Pas d’échéance&#xa0;: l’étape figure dans la liste sans date.</translation>
    </message>
</context>
<context>
    <name>TemplateStepForm</name>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>e.g. Travel document issued</source>
        <translation>p. ex. Document de voyage délivré</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Mandatory</source>
        <translation>&amp;Obligatoire</translation>
    </message>
    <message>
        <source>Usual &amp;owner:</source>
        <translation>Responsable &amp;habituel&#xa0;:</translation>
    </message>
    <message>
        <source>National authority that usually does this step</source>
        <translation>Autorité nationale qui accomplit habituellement cette étape</translation>
    </message>
    <message>
        <source>Due date counted &amp;from:</source>
        <translation>Échéance &amp;calculée à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Date the due date is counted from</source>
        <translation>Date à partir de laquelle l’échéance est calculée</translation>
    </message>
    <message>
        <source>After &amp;which step:</source>
        <translation>Après &amp;quelle étape&#xa0;:</translation>
    </message>
    <message>
        <source>Step whose completion the due date is counted from</source>
        <translation>Étape dont l’accomplissement sert de point de départ à l’échéance</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source>Working days or calendar days</source>
        <translation>Jours ouvrables ou jours calendaires</translation>
    </message>
    <message>
        <source>After or before that date</source>
        <translation>Après ou avant cette date</translation>
    </message>
    <message>
        <source>When the step falls due</source>
        <translation>Date d’échéance de l’étape</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Provision that requires the step</source>
        <translation>Disposition qui impose l’étape</translation>
    </message>
    <message>
        <source>e.g. art. 89(3)</source>
        <translation>p. ex. art. 89(3)</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Mode opératoire&#xa0;:</translation>
    </message>
    <message>
        <source>The office&apos;s own words on how the step is done</source>
        <translation>Les indications propres au bureau sur la manière d’accomplir l’étape</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>TransitDialog</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>TransitForm</name>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Transit or overflight State</source>
        <translation>État de transit ou de survol</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Authorisation status</source>
        <translation>Statut de l’autorisation</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Reference of the authorisation</source>
        <translation>Référence de l’autorisation</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <source>Remove a link</source>
        <translation>Retirer un lien</translation>
    </message>
    <message>
        <source>For a link made by mistake. The timeline of both requests keeps that they were linked.</source>
        <translation>Pour un lien fait par erreur. L’historique des deux demandes garde la trace du lien.</translation>
    </message>
</context>
<context>
    <name>UnlinkForm</name>
    <message>
        <source>&amp;Linked request:</source>
        <translation>Demande &amp;liée&#xa0;:</translation>
    </message>
    <message>
        <source>The linked request</source>
        <translation>La demande liée</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Cooperation Desk — Unlock</source>
        <translation>Cooperation Desk — Déverrouillage</translation>
    </message>
    <message>
        <source>Workspace: {0}</source>
        <translation>Espace de travail&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>A backup from {0} can replace it; the unreadable file is kept aside.</source>
        <translation>La sauvegarde {0} peut le remplacer&#xa0;; le fichier illisible est mis de côté.</translation>
    </message>
    <message>
        <source>Try again in {0} s.</source>
        <translation>Réessayez dans {0} s.</translation>
    </message>
    <message>
        <source>Type your passphrase, then restore.</source>
        <translation>Saisissez votre phrase secrète, puis restaurez.</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock Cooperation Desk</source>
        <translation>Déverrouiller Cooperation Desk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s password store, so you do not type the passphrase here again.</source>
        <translation>Conserver la clé dans le trousseau de mots de passe de cet ordinateur, pour ne plus avoir à saisir la phrase secrète ici.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup…</source>
        <translation>&amp;Restaurer la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Phrase secrète oubliée…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>UnlockGuardMessages</name>
    <message numerus="yes">
        <source>Too many wrong passphrases in a row. Wait %n second(s) before trying again; nothing was changed.</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées à la suite. Attendez %n seconde avant de réessayer&#xa0;; rien n’a été modifié.</numerusform>
            <numerusform>Trop de phrases secrètes erronées à la suite. Attendez %n secondes avant de réessayer&#xa0;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid ISO 8601 date (e.g. 2026-03-14)</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date ISO 8601 valable (p. ex. 2026-03-14)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must be a list of texts (in CSV: separated by &apos;;&apos;)</source>
        <translation>doit être une liste de textes (en CSV&#xa0;: séparés par «&#xa0;;&#xa0;»)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>is longer than {0} characters</source>
        <translation>dépasse {0} caractères</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>n’a pas le bon type</translation>
    </message>
    <message>
        <source>{0}: not an art. 93(1) letter (a to l)</source>
        <translation>{0}&#xa0;: n’est pas une lettre de l’art. 93, par. 1 (de a à l)</translation>
    </message>
    <message>
        <source>applies only to requests for judicial assistance</source>
        <translation>ne s’applique qu’aux demandes d’entraide judiciaire</translation>
    </message>
    <message>
        <source>is in the future: a request is registered once received</source>
        <translation>est dans le futur&#xa0;: une demande est enregistrée une fois reçue</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not one of: {2}</source>
        <translation>{0}&#xa0;: «&#xa0;{1}&#xa0;» ne fait pas partie de&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0} is in the future: a request is registered once received</source>
        <translation>{0} est dans le futur&#xa0;: une demande est enregistrée une fois reçue</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>ne peut pas être modifié</translation>
    </message>
</context>
<context>
    <name>WorkflowMessages</name>
    <message>
        <source>The status change</source>
        <translation>Le changement de statut</translation>
    </message>
    <message>
        <source>another office</source>
        <translation>un autre bureau</translation>
    </message>
    <message>
        <source>Proposed by {0}</source>
        <translation>Proposé par {0}</translation>
    </message>
    <message>
        <source>No authority called &apos;{0}&apos; in the directory. Known: {1}.</source>
        <translation>Aucune autorité nommée «&#xa0;{0}&#xa0;» dans l’annuaire. Autorités connues&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The step cannot be sent on {0}, before the request was received ({1}).</source>
        <translation>L’étape ne peut pas être transmise le {0}, avant la réception de la demande ({1}).</translation>
    </message>
    <message>
        <source>The routing</source>
        <translation>La transmission</translation>
    </message>
    <message>
        <source>The internal due date is before the date the step is sent.</source>
        <translation>L’échéance interne est antérieure à la date de transmission de l’étape.</translation>
    </message>
    <message>
        <source>Routed to {0}</source>
        <translation>Transmise à {0}</translation>
    </message>
    <message>
        <source>That routing step no longer exists.</source>
        <translation>Cette transmission n’existe plus.</translation>
    </message>
    <message>
        <source>{0} already answered on {1}.</source>
        <translation>{0} a déjà répondu le {1}.</translation>
    </message>
    <message>
        <source>The answer cannot be dated {0}, a day still to come.</source>
        <translation>La réponse ne peut pas être datée du {0}, jour à venir.</translation>
    </message>
    <message>
        <source>The answer cannot be dated {0}, before the step was sent ({1}).</source>
        <translation>La réponse ne peut pas être datée du {0}, avant la transmission de l’étape ({1}).</translation>
    </message>
    <message>
        <source>{0} was marked answered by someone else meanwhile; reopen the request to see it.</source>
        <translation>Entre-temps, quelqu’un d’autre a indiqué que {0} avait répondu&#xa0;; rouvrez la demande pour le voir.</translation>
    </message>
</context>
<context>
    <name>WorkspaceMessages</name>
    <message>
        <source>A passphrase needs at least {0} characters.</source>
        <translation>Une phrase secrète doit compter au moins {0} caractères.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a country code the holiday calendar knows (use ISO codes such as FR, NL, KE).</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un code de pays connu du calendrier des jours fériés (utilisez les codes ISO, comme FR, NL ou KE).</translation>
    </message>
    <message>
        <source>A working week set by hand needs at least one working day.</source>
        <translation>Une semaine de travail fixée à la main compte au moins un jour ouvrable.</translation>
    </message>
    <message>
        <source>Working days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Les jours ouvrables sont numérotés de 0 (lundi) à 6 (dimanche).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a subdivision the holiday calendar knows: {1} has the subdivisions {2}.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une subdivision connue du calendrier des jours fériés&#xa0;: les subdivisions de {1} sont {2}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a subdivision the holiday calendar knows: {1} has no subdivisions with holidays of their own.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une subdivision connue du calendrier des jours fériés&#xa0;: {1} n’a pas de subdivision dotée de jours fériés propres.</translation>
    </message>
    <message>
        <source>No State</source>
        <translation>l’État non renseigné</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes, underscores or @ (no spaces).</source>
        <translation>Un nom d’utilisateur compte de 1 à 64 lettres, chiffres, points, tirets, traits de soulignement ou @ (sans espace).</translation>
    </message>
    <message>
        <source>There is already a workspace in {0}; nothing was changed.</source>
        <translation>Il y a déjà un espace de travail dans {0}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an active user of this workspace.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un utilisateur actif de cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no workspace in {0}.</source>
        <translation>Il n’y a pas d’espace de travail dans {0}.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{0}&apos;.</source>
        <translation>Il existe déjà un utilisateur «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another user to do it.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même&#xa0;; demandez-le à un autre utilisateur.</translation>
    </message>
    <message>
        <source>There is no user &apos;{0}&apos;.</source>
        <translation>Il n’y a pas d’utilisateur «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo workspace in {0}: user “{1}”, passphrase “{2}”.</source>
        <translation>Espace de démonstration dans {0}&#xa0;: utilisateur «&#xa0;{1}&#xa0;», phrase secrète «&#xa0;{2}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The new language will be used the next time Cooperation Desk starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Cooperation Desk.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In progress (routed)</source>
        <translation>En cours (transmise)</translation>
    </message>
    <message>
        <source>Awaiting national authority</source>
        <translation>En attente de l’autorité nationale</translation>
    </message>
    <message>
        <source>In consultation with the Court</source>
        <translation>En consultation avec la Cour</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ajournée</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>Partiellement exécutée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn by the Court</source>
        <translation>Retirée par la Cour</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Art. 97: problem impeding execution (information insufficient, person cannot be located, conflicting obligation)</source>
        <translation>Art. 97&#xa0;: difficulté pouvant gêner ou empêcher l’exécution (informations insuffisantes, personne introuvable, obligation conventionnelle contraire)</translation>
    </message>
    <message>
        <source>Art. 93(3): fundamental legal principle of general application</source>
        <translation>Art. 93, par. 3&#xa0;: principe juridique fondamental d’application générale</translation>
    </message>
    <message>
        <source>Art. 93(5): consultation before denying assistance</source>
        <translation>Art. 93, par. 5&#xa0;: consultation avant tout refus d’assistance</translation>
    </message>
    <message>
        <source>Art. 94: ongoing national investigation or prosecution</source>
        <translation>Art. 94&#xa0;: enquête ou poursuites nationales en cours</translation>
    </message>
    <message>
        <source>Art. 95: pending admissibility challenge</source>
        <translation>Art. 95&#xa0;: exception d’irrecevabilité pendante</translation>
    </message>
    <message>
        <source>Art. 93(4): national security (art. 72); reasons owed, art. 93(6)</source>
        <translation>Art. 93, par. 4&#xa0;: sécurité nationale (art. 72)&#xa0;; motivation due, art. 93, par. 6</translation>
    </message>
    <message>
        <source>Other ground the Statute allows; reasons owed, art. 93(6)</source>
        <translation>Autre motif admis par le Statut&#xa0;; motivation due, art. 93, par. 6</translation>
    </message>
    <message>
        <source>Background information (preliminary examination)</source>
        <translation>Renseignements (examen préliminaire)</translation>
    </message>
    <message>
        <source>Judicial assistance (art. 93)</source>
        <translation>Entraide judiciaire (art. 93)</translation>
    </message>
    <message>
        <source>Emergency visa for a witness</source>
        <translation>Visa d’urgence pour un témoin</translation>
    </message>
    <message>
        <source>Arrest and surrender (art. 89, 91)</source>
        <translation>Arrestation et remise (art. 89, 91)</translation>
    </message>
    <message>
        <source>Provisional arrest (art. 92)</source>
        <translation>Arrestation provisoire (art. 92)</translation>
    </message>
    <message>
        <source>Transit / transfer of a person (art. 89(3))</source>
        <translation>Transit / transfèrement d’une personne (art. 89, par. 3)</translation>
    </message>
    <message>
        <source>Asset identification, tracing, freezing</source>
        <translation>Identification, localisation et gel des avoirs</translation>
    </message>
    <message>
        <source>Witness protection and relocation</source>
        <translation>Protection et réinstallation des témoins</translation>
    </message>
    <message>
        <source>Logistics and security support</source>
        <translation>Appui logistique et sécurité</translation>
    </message>
    <message>
        <source>Defence team request</source>
        <translation>Demande de l’équipe de la défense</translation>
    </message>
    <message>
        <source>Provisional / interim release (art. 60(2))</source>
        <translation>Mise en liberté provisoire (art. 60, par. 2)</translation>
    </message>
    <message>
        <source>Enforcement of sentences (art. 103)</source>
        <translation>Exécution des peines (art. 103)</translation>
    </message>
    <message>
        <source>Experts and personnel</source>
        <translation>Experts et personnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Office of the Prosecutor</source>
        <translation>Bureau du Procureur</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Greffe</translation>
    </message>
    <message>
        <source>Chambers</source>
        <translation>Chambres</translation>
    </message>
    <message>
        <source>Presidency</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Defence team</source>
        <translation>Équipe de la défense</translation>
    </message>
    <message>
        <source>Counsel for victims</source>
        <translation>Représentants légaux des victimes</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Voie diplomatique</translation>
    </message>
    <message>
        <source>Designated channel (focal point)</source>
        <translation>Voie désignée (point focal)</translation>
    </message>
    <message>
        <source>INTERPOL</source>
        <translation>INTERPOL</translation>
    </message>
    <message>
        <source>Regional organisation</source>
        <translation>Organisation régionale</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>Under seal</source>
        <translation>Sous scellés</translation>
    </message>
    <message>
        <source>Ex parte</source>
        <translation>Ex parte</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Très urgente</translation>
    </message>
    <message>
        <source>Identify and locate persons or items</source>
        <translation>Identifier et localiser des personnes ou des biens</translation>
    </message>
    <message>
        <source>Take evidence, including testimony</source>
        <translation>Recueillir des éléments de preuve, y compris des dépositions</translation>
    </message>
    <message>
        <source>Question a person being investigated or prosecuted</source>
        <translation>Interroger une personne faisant l’objet d’une enquête ou de poursuites</translation>
    </message>
    <message>
        <source>Serve documents</source>
        <translation>Signifier des documents</translation>
    </message>
    <message>
        <source>Facilitate voluntary appearance of witnesses or experts</source>
        <translation>Faciliter la comparution volontaire de témoins ou d’experts</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>Transfèrement temporaire d’une personne détenue</translation>
    </message>
    <message>
        <source>Examine places or sites, including exhumation</source>
        <translation>Examiner des localités ou des sites, y compris par exhumation</translation>
    </message>
    <message>
        <source>Execute searches and seizures</source>
        <translation>Exécuter des perquisitions et des saisies</translation>
    </message>
    <message>
        <source>Provide records and documents</source>
        <translation>Transmettre des dossiers et des documents</translation>
    </message>
    <message>
        <source>Protect victims and witnesses, preserve evidence</source>
        <translation>Protéger les victimes et les témoins, préserver les éléments de preuve</translation>
    </message>
    <message>
        <source>Identify, trace, freeze or seize proceeds, property and assets</source>
        <translation>Identifier, localiser, geler ou saisir le produit des crimes, les biens et les avoirs</translation>
    </message>
    <message>
        <source>Other assistance not prohibited by national law</source>
        <translation>Toute autre forme d’assistance non interdite par le droit national</translation>
    </message>
    <message>
        <source>A concise statement of the purpose of the request and the assistance sought, including the legal basis and the grounds</source>
        <translation>Un exposé succinct de l’objet de la demande et de la nature de l’assistance demandée, y compris les fondements juridiques et les motifs de la demande</translation>
    </message>
    <message>
        <source>Detailed information about the location or identification of any person or place to be found or identified</source>
        <translation>Des informations détaillées sur la localisation ou l’identification de toute personne ou de tout lieu à retrouver ou à identifier</translation>
    </message>
    <message>
        <source>A concise statement of the essential facts underlying the request</source>
        <translation>Un exposé succinct des faits essentiels qui justifient la demande</translation>
    </message>
    <message>
        <source>The reasons for and details of any procedure or requirement to be followed</source>
        <translation>L’exposé des motifs et l’explication détaillée des procédures ou des conditions à respecter</translation>
    </message>
    <message>
        <source>Information that the law of the requested State may require for executing the request</source>
        <translation>Toute information que peut exiger la législation de l’État requis pour qu’il soit donné suite à la demande</translation>
    </message>
    <message>
        <source>Any other information relevant for the assistance sought</source>
        <translation>Toute autre information utile pour que l’assistance demandée puisse être fournie</translation>
    </message>
    <message>
        <source>Identity of the traveller: full name, nationality, date and place of birth and travel document number</source>
        <translation>L’identité du voyageur&#xa0;: nom complet, nationalité, date et lieu de naissance et numéro du document de voyage</translation>
    </message>
    <message>
        <source>Purpose and dates of the journey and the place of entry</source>
        <translation>L’objet et les dates du voyage et le lieu d’entrée</translation>
    </message>
    <message>
        <source>The person&apos;s role before the Court (witness or expert) and the voluntary appearance the visa serves</source>
        <translation>La qualité de la personne devant la Cour (témoin ou expert) et la comparution volontaire que le visa permet</translation>
    </message>
    <message>
        <source>Who bears the travel costs (the Court, for witnesses and experts) and any escort or security arrangements</source>
        <translation>La prise en charge des frais de voyage (par la Cour pour les témoins et les experts) et les mesures d’escorte ou de sécurité éventuelles</translation>
    </message>
    <message>
        <source>Information describing the person sought, sufficient to identify the person, and information as to that person&apos;s probable location</source>
        <translation>Le signalement de la personne recherchée, suffisant pour l’identifier, et des renseignements sur le lieu où elle se trouve probablement</translation>
    </message>
    <message>
        <source>A copy of the warrant of arrest</source>
        <translation>Une copie du mandat d’arrêt</translation>
    </message>
    <message>
        <source>Documents, statements or information necessary to meet the requirements for the surrender process in the requested State</source>
        <translation>Les documents, déclarations et renseignements qui peuvent être exigés dans l’État requis pour procéder à la remise</translation>
    </message>
    <message>
        <source>Information describing the person sought and his or her probable location</source>
        <translation>Le signalement de la personne recherchée et des renseignements sur le lieu où elle se trouve probablement</translation>
    </message>
    <message>
        <source>A concise statement of the crimes and the facts alleged to constitute them</source>
        <translation>Un exposé succinct des crimes et des faits qui seraient constitutifs de ces crimes</translation>
    </message>
    <message>
        <source>A statement of the existence of a warrant of arrest or a judgment of conviction</source>
        <translation>Une déclaration affirmant l’existence d’un mandat d’arrêt ou d’un jugement établissant la culpabilité</translation>
    </message>
    <message>
        <source>A statement that a request for surrender will follow</source>
        <translation>Une déclaration indiquant qu’une demande de remise suivra</translation>
    </message>
    <message>
        <source>A description of the person being transported</source>
        <translation>Le signalement de la personne transportée</translation>
    </message>
    <message>
        <source>A brief statement of the facts of the case and their legal characterization</source>
        <translation>Un bref exposé des faits de la cause et de leur qualification juridique</translation>
    </message>
    <message>
        <source>The warrant for arrest and surrender</source>
        <translation>Le mandat d’arrêt et de remise</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>délai suspendu</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{0} days overdue</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <source>{0} days left</source>
        <translation>{0} jours restants</translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <source>Open a request, or select requests in the register, to send them.</source>
        <translation>Ouvrez une demande, ou sélectionnez des demandes dans le registre, pour les envoyer.</translation>
    </message>
    <message>
        <source>No verified office yet: add the other office&apos;s card and verify its fingerprint on the Offices page (View → Offices).</source>
        <translation>Aucun bureau vérifié pour l’instant&#xa0;: ajoutez la carte de l’autre bureau et vérifiez son empreinte dans la page Bureaux (Affichage → Bureaux).</translation>
    </message>
    <message>
        <source>Hand over the lead</source>
        <translation>Transmettre le pilotage</translation>
    </message>
    <message>
        <source>Send to office</source>
        <translation>Envoyer à un bureau</translation>
    </message>
    <message>
        <source>Hand the lead for {0} over to:</source>
        <translation>Transmettre le pilotage de {0} à&#xa0;:</translation>
    </message>
    <message>
        <source>Send {0} to:</source>
        <translation>Envoyer {0} à&#xa0;:</translation>
    </message>
    <message>
        <source>Once {1} receives this parcel, {1} decides the status and Court deadline of {0}; changes made here travel to it as proposals. Hand the lead over?</source>
        <translation>Dès que {1} recevra ce colis, {1} décidera du statut et de l’échéance fixée par la Cour de {0}&#xa0;; les modifications faites ici lui parviennent comme des propositions. Transmettre le pilotage&#xa0;?</translation>
    </message>
    <message>
        <source>Under seal</source>
        <translation>Sous scellés</translation>
    </message>
    <message>
        <source>{0} is under seal or ex parte. Send it in full to {1}? Choose No to send its metadata only (numbers, deadline, status).</source>
        <translation>{0} est sous scellés ou ex parte. L’envoyer en entier à {1}&#xa0;? Choisissez Non pour n’en envoyer que les métadonnées (numéros, échéance, statut).</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Save the sealed parcel</source>
        <translation>Enregistrer le colis scellé</translation>
    </message>
    <message>
        <source>Parcels ({0})</source>
        <translation>Colis ({0})</translation>
    </message>
    <message>
        <source>Parcel {0} for {1} saved: only {1} can open it.</source>
        <translation>Colis {0} pour {1} enregistré&#xa0;: seul {1} peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Receive a parcel</source>
        <translation>Recevoir un colis</translation>
    </message>
    <message>
        <source>{0}

Apply this parcel anyway, accepting that the missing one may never come?</source>
        <translation>{0}

Appliquer ce colis quand même, en acceptant que celui qui manque n’arrive peut-être jamais&#xa0;?</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} was already received on {2}; nothing changed.</source>
        <translation>Le colis {0} de {1} a déjà été reçu le {2}&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <source>Receive parcel {0} from {1}</source>
        <translation>Recevoir le colis {0} de {1}</translation>
    </message>
    <message>
        <source>This parcel will change:

{0}

Apply it?</source>
        <translation>Ce colis modifiera&#xa0;:

{0}

L’appliquer&#xa0;?</translation>
    </message>
    <message>
        <source>Opening the parcel…</source>
        <translation>Ouverture du colis…</translation>
    </message>
    <message>
        <source>Parcel {0} from {1} received.</source>
        <translation>Colis {0} de {1} reçu.</translation>
    </message>
    <message>
        <source>Receiving the parcel…</source>
        <translation>Réception du colis…</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n attached file(s) too (a reply exported as Word is one)?</source>
        <translation>
            <numerusform>Envoyer aussi le fichier joint (une réponse exportée en Word en est un)&#xa0;?</numerusform>
            <numerusform>Envoyer aussi les %n fichiers joints (une réponse exportée en Word en est un)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A parcel for this office is in the watched folder:
{0}

Receive it now? The file stays in the folder.</source>
        <translation>Un colis pour ce bureau se trouve dans le dossier surveillé&#xa0;:
{0}

Le recevoir maintenant&#xa0;? Le fichier reste dans le dossier.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Request registered as {0}</source>
        <translation>Demande enregistrée sous le numéro {0}</translation>
    </message>
    <message>
        <source>Request details edited</source>
        <translation>Données de la demande modifiées</translation>
    </message>
    <message>
        <source>Owner changed to {0}</source>
        <translation>Responsable changé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Status changed from “{0}” to “{1}”</source>
        <translation>Statut passé de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>: {0}</source>
        <translation>&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Deadline extended to {0}</source>
        <translation>Délai prorogé au {0}</translation>
    </message>
    <message>
        <source>Sent to {0}, due {1}</source>
        <translation>Transmise à {0}, échéance le {1}</translation>
    </message>
    <message>
        <source>{0} answered on {1}: {2}</source>
        <translation>{0} a répondu le {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Note added: {0}</source>
        <translation>Note ajoutée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>File attached: {0}</source>
        <translation>Fichier joint&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cost recorded: {0}</source>
        <translation>Frais enregistrés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reply saved as a Word document: {0}</source>
        <translation>Réponse enregistrée en document Word&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Case summary saved as a Word document</source>
        <translation>Résumé du dossier enregistré en document Word</translation>
    </message>
    <message>
        <source>Checklist “{0}” added</source>
        <translation>Liste de contrôle «&#xa0;{0}&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>Checklist saved as a Word document</source>
        <translation>Liste de contrôle enregistrée en document Word</translation>
    </message>
    <message>
        <source>Step “{0}” added</source>
        <translation>Étape «&#xa0;{0}&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>Step “{0}” marked done ({1})</source>
        <translation>Étape «&#xa0;{0}&#xa0;» marquée faite ({1})</translation>
    </message>
    <message>
        <source>Step “{0}” marked not applicable: {1}</source>
        <translation>Étape «&#xa0;{0}&#xa0;» marquée sans objet&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Step “{0}” reopened</source>
        <translation>Étape «&#xa0;{0}&#xa0;» rouverte</translation>
    </message>
    <message>
        <source>Step “{0}” assigned to {1}</source>
        <translation>Étape «&#xa0;{0}&#xa0;» confiée à {1}</translation>
    </message>
    <message>
        <source>Step “{0}” now due {1}</source>
        <translation>Étape «&#xa0;{0}&#xa0;» désormais due le {1}</translation>
    </message>
    <message>
        <source>by its rule</source>
        <translation>selon sa règle</translation>
    </message>
    <message>
        <source>Note on step “{0}”: {1}</source>
        <translation>Note sur l’étape «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Evidence for step “{0}”: {1}</source>
        <translation>Justificatif de l’étape «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Transfer planned for {0}</source>
        <translation>Transfèrement prévu le {0}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Transit State added: {0}</source>
        <translation>État de transit ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Transit authorisation from {0} updated</source>
        <translation>Autorisation de transit de {0} mise à jour</translation>
    </message>
    <message>
        <source>Transit State removed: {0}</source>
        <translation>État de transit retiré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Deadline shortened to {0}</source>
        <translation>Délai abrégé au {0}</translation>
    </message>
    <message>
        <source>Provisional arrest recorded on {0}: Rule 188 runs</source>
        <translation>Arrestation provisoire enregistrée le {0}&#xa0;: le délai de la règle 188 court</translation>
    </message>
    <message>
        <source>Standing request reviewed on {0}</source>
        <translation>Demande permanente réexaminée le {0}</translation>
    </message>
    <message>
        <source>Linked with {0}</source>
        <translation>Liée à {0}</translation>
    </message>
    <message>
        <source>Link with {0} removed</source>
        <translation>Lien avec {0} supprimé</translation>
    </message>
    <message>
        <source>Step sent to {0} now due {1}, following the request&apos;s dates</source>
        <translation>Transmission à {0} désormais due le {1}, selon les dates de la demande</translation>
    </message>
    <message>
        <source>Due dates written to the calendar file {0} (not encrypted)</source>
        <translation>Échéances écrites dans le fichier de calendrier {0} (non chiffré)</translation>
    </message>
    <message>
        <source>Copy of {0} saved outside the workspace (not encrypted)</source>
        <translation>Copie de {0} enregistrée hors de l’espace de travail (non chiffrée)</translation>
    </message>
    <message>
        <source>Sent to {0} in sealed parcel {1}</source>
        <translation>Envoyée à {0} dans le colis scellé {1}</translation>
    </message>
    <message>
        <source>Received from {0} (their number {1}) in parcel {2}</source>
        <translation>Reçue de {0} (son numéro {1}) dans le colis {2}</translation>
    </message>
    <message>
        <source>{0} changed by {1}, the lead office: {2} → {3}</source>
        <translation>{0} modifié par {1}, bureau pilote&#xa0;: {2} → {3}</translation>
    </message>
    <message>
        <source>{0} proposes {1}: {2}</source>
        <translation>{0} propose {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Proposal by {0} accepted: {1} {2}</source>
        <translation>Proposition de {0} acceptée&#xa0;: {1} {2}</translation>
    </message>
    <message>
        <source>Proposal by {0} declined: {1} {2}</source>
        <translation>Proposition de {0} refusée&#xa0;: {1} {2}</translation>
    </message>
    <message>
        <source>{0} sent it to {1}, due {2}</source>
        <translation>{0} l’a transmise à {1}, échéance {2}</translation>
    </message>
    <message>
        <source>Note from {0}: {1}</source>
        <translation>Note de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>File from {0}: {1}</source>
        <translation>Fichier de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Lead handed over to {0} in parcel {1}: its status and deadline now apply</source>
        <translation>Pilotage transmis à {0} dans le colis {1}&#xa0;: son statut et son échéance s’appliquent désormais</translation>
    </message>
    <message>
        <source>{0} handed the lead over in parcel {1}: this office now decides</source>
        <translation>{0} a transmis le pilotage dans le colis {1}&#xa0;: ce bureau décide désormais</translation>
    </message>
    <message>
        <source>Step “{0}” closed at {1} ({2})</source>
        <translation>Étape «&#xa0;{0}&#xa0;» close par {1} ({2})</translation>
    </message>
    <message>
        <source>Court deadline</source>
        <translation>Échéance fixée par la Cour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
</TS>
