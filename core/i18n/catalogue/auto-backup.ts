/** The daily backup to a folder, and restoring from that folder (issue #20). */
import type { Catalogue } from '../translate';

export const autoBackup = {
  'ab.title': { fr: 'Sauvegarde automatique', en: 'Automatic backup' },
  'ab.help': {
    fr: 'Chaque jour, Échéance enregistre une copie complète de vos données dans un dossier de votre ordinateur, sans rien vous demander. Choisissez un dossier que votre propre service de stockage synchronise (Google Drive, Dropbox, OneDrive, iCloud Drive) : vos données vous suivent sur un autre ordinateur, et aucun serveur d’Échéance ne les voit.',
    en: 'Every day, Échéance saves a full copy of your data to a folder on your computer, without asking. Choose a folder that your own storage service syncs (Google Drive, Dropbox, OneDrive, iCloud Drive): your data follows you to another computer, and no Échéance server ever sees it.',
  },
  'ab.help.downloads': {
    fr: 'Chaque jour, Échéance enregistre une copie complète de vos données dans le dossier Téléchargements, sous « Echeance ». Ce navigateur ne permet pas de choisir un autre dossier.',
    en: 'Every day, Échéance saves a full copy of your data to your Downloads folder, under “Echeance”. This browser does not let extensions choose another folder.',
  },
  'ab.choose': { fr: 'Choisir le dossier de sauvegarde', en: 'Choose the backup folder' },
  'ab.turn-on.downloads': {
    fr: 'Activer la sauvegarde dans Téléchargements',
    en: 'Turn on backups to Downloads',
  },
  'ab.change': { fr: 'Changer de dossier', en: 'Change folder' },
  'ab.stop': { fr: 'Arrêter la sauvegarde automatique', en: 'Stop automatic backups' },
  'ab.now': { fr: 'Sauvegarder maintenant', en: 'Back up now' },
  'ab.folder': {
    fr: 'Dossier : « {folder} », dans le sous-dossier « Echeance ».',
    en: 'Folder: “{folder}”, in the “Echeance” subfolder.',
  },
  'ab.downloads-name': { fr: 'Téléchargements', en: 'Downloads' },
  'ab.last': {
    fr: 'Dernière sauvegarde : le {date} à {time} ({file}).',
    en: 'Last backup: {date} at {time} ({file}).',
  },
  'ab.none-yet': { fr: 'Aucune sauvegarde écrite pour l’instant.', en: 'No backup written yet.' },
  'ab.keep': { fr: 'Jours de sauvegarde gardés', en: 'Days of backups kept' },
  'ab.keep.help': {
    fr: 'Un fichier par jour ; les plus anciens sont effacés. Entre 1 et 365.',
    en: 'One file a day; the oldest are deleted. Between 1 and 365.',
  },
  'ab.keep.error': {
    fr: 'Tapez un nombre entier de jours entre 1 et 365, par exemple 14.',
    en: 'Type a whole number of days between 1 and 365, for example 14.',
  },
  'ab.saved': { fr: 'Enregistré.', en: 'Saved.' },
  'ab.permission': {
    fr: 'Le navigateur demande à nouveau votre accord pour écrire dans « {folder} » : aucune sauvegarde n’est écrite en attendant.',
    en: 'The browser asks again for your permission to write to “{folder}”: no backup is written until then.',
  },
  'ab.allow': { fr: 'Autoriser l’accès au dossier', en: 'Allow access to the folder' },
  'ab.failed': {
    fr: 'La dernière sauvegarde n’a pas pu être écrite ({detail}). Vérifiez que le dossier existe encore et que le disque n’est pas plein.',
    en: 'The last backup could not be written ({detail}). Check that the folder still exists and that the disk is not full.',
  },
  'ab.outcome.written': { fr: 'Sauvegarde écrite.', en: 'Backup written.' },
  'ab.outcome.unchanged': {
    fr: 'Rien n’a changé depuis la dernière sauvegarde : elle reste à jour.',
    en: 'Nothing changed since the last backup: it is up to date.',
  },
  'ab.refused': {
    fr: 'Le navigateur n’a pas donné accès au dossier : la sauvegarde automatique reste arrêtée.',
    en: 'The browser did not give access to the folder: automatic backups stay off.',
  },
  'ab.restore.title': { fr: 'Restaurer depuis le dossier', en: 'Restore from the folder' },
  'ab.restore.help': {
    fr: 'Sur un autre ordinateur, ou après avoir réinstallé Échéance : choisissez le dossier de sauvegarde (ou son sous-dossier « Echeance »), puis la sauvegarde à reprendre. Vous verrez ce qu’elle contient avant que rien ne change.',
    en: 'On another computer, or after reinstalling Échéance: choose the backup folder (or its “Echeance” subfolder), then the backup to bring back. You will see what it holds before anything changes.',
  },
  'ab.restore.choose': { fr: 'Choisir le dossier à lire', en: 'Choose the folder to read' },
  'ab.restore.found': {
    fr: {
      one: '{count} sauvegarde trouvée, la plus récente en premier :',
      other: '{count} sauvegardes trouvées, la plus récente en premier :',
    },
    en: { one: '{count} backup found, newest first:', other: '{count} backups found, newest first:' },
  },
  'ab.restore.none': {
    fr: 'Aucune sauvegarde d’Échéance dans ce dossier. Les fichiers s’appellent « echeance-sauvegarde-auto-… .json ».',
    en: 'No Échéance backup in this folder. The files are named “echeance-sauvegarde-auto-… .json”.',
  },
  'ab.restore.item': { fr: 'Sauvegarde du {date}', en: 'Backup of {date}' },
  'ab.restore.downloads': {
    fr: 'Dans ce navigateur, choisissez le fichier dans Téléchargements/Echeance avec « Restaurer une sauvegarde » ci-dessus.',
    en: 'In this browser, pick the file in Downloads/Echeance with “Restore a backup” above.',
  },
} as const satisfies Catalogue;
