/** Backup, restore and the storage status. */
import type { Catalogue } from '../translate';

export const backup = {
  'bk.persist.title': { fr: 'Conservation des données', en: 'Keeping your data' },
  'bk.persist.why': {
    fr: 'Vos factures, relances et documents ne sont enregistrés que dans ce navigateur. Protégés, ils ne sont jamais effacés par le navigateur pour faire de la place sur le disque.',
    en: 'Your invoices, reminders and documents are stored in this browser only. Once protected, the browser never deletes them to free disk space.',
  },
  'bk.persist.yes': {
    fr: 'Protégées : le navigateur conservera ces données.',
    en: 'Protected: the browser will keep this data.',
  },
  'bk.persist.no': {
    fr: 'Non protégées : si le disque se remplit, le navigateur peut les effacer. Exportez une sauvegarde régulièrement.',
    en: 'Not protected: if the disk fills up, the browser may delete it. Export a backup regularly.',
  },
  'bk.persist.ask': { fr: 'Demander la protection', en: 'Ask for protection' },
  'bk.persist.refused': {
    fr: 'Non protégées : le navigateur n’a pas accordé la protection (il en décide seul) ; si le disque se remplit, le navigateur peut les effacer. Exportez une sauvegarde régulièrement.',
    en: 'Not protected: the browser did not grant protection (it decides on its own); if the disk fills up, it may delete this data. Export a backup regularly.',
  },
  'bk.persist.unknown': {
    fr: 'Ce navigateur ne dit pas si les données sont protégées : exportez une sauvegarde régulièrement.',
    en: 'This browser does not say whether the data is protected: export a backup regularly.',
  },
  'bk.usage': { fr: 'Espace utilisé par l’extension : {used}.', en: 'Space used by the extension: {used}.' },
  'bk.reading': { fr: 'Lecture du fichier…', en: 'Reading the file…' },
  'bk.preview.title': { fr: 'Avant de restaurer', en: 'Before restoring' },
  'bk.preview.file': {
    fr: 'Le fichier « {name} », exporté le {date}, contient : {items}.',
    en: 'The file “{name}”, exported on {date}, holds: {items}.',
  },
  'bk.preview.current': { fr: 'Vos données actuelles : {items}.', en: 'Your current data: {items}.' },
  'bk.preview.empty': { fr: 'aucune donnée', en: 'no data' },
  'bk.preview.checksum.verified': {
    fr: 'Empreinte vérifiée : le fichier est complet et n’a pas été modifié.',
    en: 'Checksum verified: the file is complete and unchanged.',
  },
  'bk.preview.checksum.absent': {
    fr: 'Fichier d’un format plus ancien, sans empreinte : chaque ligne a été vérifiée, mais un fichier tronqué ne peut pas être reconnu.',
    en: 'File from an older format, without a checksum: every row was checked, but a truncated file cannot be recognised.',
  },
  'bk.preview.replace': {
    fr: '« Remplacer » efface vos données actuelles et met celles du fichier à la place. Une copie de sécurité de vos données actuelles est d’abord téléchargée.',
    en: '“Replace” deletes your current data and puts the file’s in its place. A safety copy of your current data is downloaded first.',
  },
  'bk.preview.merge': {
    fr: '« Fusionner » ajoute ce que le fichier a de nouveau ({items}) et garde tout ce qui existe ici.',
    en: '“Merge” adds what is new in the file ({items}) and keeps everything already here.',
  },
  'bk.preview.conflicts': {
    fr: 'Conflits, gardés tels qu’ils sont ici : {count}.',
    en: 'Conflicts, kept as they are here: {count}.',
  },
  'bk.replace': { fr: 'Remplacer', en: 'Replace' },
  'bk.merge': { fr: 'Fusionner', en: 'Merge' },
  'bk.cancel': { fr: 'Annuler', en: 'Cancel' },
  'bk.cancelled': {
    fr: 'Restauration annulée. Rien n’a été modifié.',
    en: 'Restore cancelled. Nothing was changed.',
  },
  'bk.safety': {
    fr: 'Copie de sécurité de vos données actuelles téléchargée : {name}',
    en: 'Safety copy of your current data downloaded: {name}',
  },
  'bk.sending': { fr: 'Restauration en cours : {done} / {total}…', en: 'Restoring: {done} / {total}…' },
  'bk.done.replace': { fr: 'Sauvegarde restaurée : {items}.', en: 'Backup restored: {items}.' },
  'bk.done.merge': {
    fr: 'Fusion terminée. Ajouté : {items}. Déjà présent à l’identique : {unchanged}.',
    en: 'Merge done. Added: {items}. Already here, identical: {unchanged}.',
  },
  'bk.conflicts.title': {
    fr: 'Conflits, gardés tels qu’ils étaient ici ({count})',
    en: 'Conflicts, kept as they were here ({count})',
  },
  'bk.conflict.different': {
    fr: '{label} : différent dans le fichier',
    en: '{label}: different in the file',
  },
  'bk.conflict.number-taken': {
    fr: 'facture {label} : ce numéro est déjà suivi, celle du fichier n’a pas été ajoutée',
    en: 'invoice {label}: this number is already tracked, the file’s one was not added',
  },
  'bk.conflicts.more': { fr: '… et {count} autres.', en: '… and {count} more.' },
  'bk.table.clients': { fr: 'client', en: 'client' },
  'bk.table.invoices': { fr: 'facture', en: 'invoice' },
  'bk.table.events': { fr: 'événement', en: 'event' },
  'bk.table.scenarios': { fr: 'scénario', en: 'scenario' },
  'bk.table.files': { fr: 'document', en: 'document' },
  'bk.err.unreadable': { fr: 'ce fichier n’est pas du JSON lisible', en: 'this file is not readable JSON' },
  'bk.err.not-backup': {
    fr: 'ce fichier n’est pas une sauvegarde Échéance',
    en: 'this file is not an Échéance backup',
  },
  'bk.err.newer': {
    fr: 'elle vient d’une version plus récente d’Échéance (format {version}, celle-ci lit jusqu’au format {ours}) : mettez l’extension à jour, puis réessayez',
    en: 'it comes from a newer version of Échéance (format {version}; this one reads up to format {ours}): update the extension, then try again',
  },
  'bk.err.checksum': {
    fr: 'son empreinte ne correspond pas : le fichier est incomplet ou a été modifié',
    en: 'its checksum does not match: the file is incomplete or was edited',
  },
  'bk.err.invalid': { fr: 'données invalides : {issues}', en: 'invalid data: {issues}' },
  'bk.err.quota': {
    fr: 'Le navigateur n’a plus de place pour les données de l’extension, rien n’a été écrit. Libérez de l’espace sur le disque (ou effacez les données d’autres sites dans les réglages du navigateur), puis réessayez.',
    en: 'The browser has no room left for the extension’s data; nothing was written. Free some disk space (or clear other sites’ data in the browser settings), then try again.',
  },
  'bk.err.failed': {
    fr: 'La restauration a échoué, rien n’a été modifié : {message}',
    en: 'The restore failed, nothing was changed: {message}',
  },
  'bk.noun.invoices': {
    fr: { one: '{count} facture', other: '{count} factures' },
    en: { one: '{count} invoice', other: '{count} invoices' },
  },
  'bk.noun.clients': {
    fr: { one: '{count} client', other: '{count} clients' },
    en: { one: '{count} client', other: '{count} clients' },
  },
  'bk.noun.events': {
    fr: { one: '{count} événement', other: '{count} événements' },
    en: { one: '{count} event', other: '{count} events' },
  },
  'bk.noun.files': {
    fr: { one: '{count} document', other: '{count} documents' },
    en: { one: '{count} document', other: '{count} documents' },
  },
  'bk.noun.scenarios': {
    fr: { one: '{count} scénario', other: '{count} scénarios' },
    en: { one: '{count} scenario', other: '{count} scenarios' },
  },
} as const satisfies Catalogue;
