/**
 * Communes surely in the area of the six TAE that cover only part of their département.
 * The arrêté du 5 juillet 2024, art. 2, gives each TAE « le ressort du tribunal
 * judiciaire » of its town; the TJ's area is that of the former TGI (loi n° 2019-222), drawn in
 * COJ annexe tableau IV by the cantons as they were before 2015 (consolidated text as mirrored
 * from LEGI by etalab/codes-juridiques-francais, file
 * codes-en-vigueur/code-de-l-organisation-judiciaire/partie-reglementaire/annexes/article-annexe-tableau-iv.md,
 * snapshot of 1 September 2020; à vérifier against the version in force).
 *
 * A canton always contains the commune it is named after (its chef-lieu), so each list below is
 * the chef-lieux of the cantons tableau IV puts in that TJ (every « tribunal d'instance » row
 * under it, both footnoted versions). It is not every commune: a smaller commune of those
 * cantons, or a chef-lieu merged since into a commune nouvelle under another name, is not
 * listed, and gets the tribunal de commerce with the advice to check the official directory.
 * Names are kept as tableau IV spells them; matching ignores case, accents and hyphens.
 */
export const TAE_COMMUNES: Readonly<Record<string, readonly string[]>> = {
  // TGI de Lyon: TI de Lyon and TI de Villeurbanne (not the TGI de Villefranche-sur-Saône).
  Lyon: [
    'Lyon',
    'Caluire-et-Cuire',
    'Condrieu',
    'Écully',
    'Givors',
    'Irigny',
    "L'Arbresle",
    'Limonest',
    'Mornant',
    'Neuville-sur-Saône',
    'Oullins',
    'Rillieux-la-Pape',
    'Sainte-Foy-lès-Lyon',
    'Saint-Genis-Laval',
    'Saint-Laurent-de-Chamousset',
    'Saint-Symphorien-sur-Coise',
    'Tassin-la-Demi-Lune',
    'Vaugneray',
    'Villeurbanne',
    'Bron',
    'Décines-Charpieu',
    'Meyzieu',
    'Saint-Fons',
    'Saint-Priest',
    "Saint-Symphorien-d'Ozon",
    'Vaulx-en-Velin',
    'Vénissieux',
  ],
  // TGI de Marseille: TI d'Aubagne and TI de Marseille (not the TGI d'Aix-en-Provence, Tarascon).
  Marseille: ['Marseille', 'Allauch', 'Aubagne', 'La Ciotat', 'Roquevaire'],
  // TGI du Havre (not the TGI de Rouen, Dieppe).
  'Le Havre': [
    'Le Havre',
    'Bolbec',
    "Criquetot-l'Esneval",
    'Fauville-en-Caux',
    'Fécamp',
    'Goderville',
    "Gonfreville-l'Orcher",
    'Lillebonne',
    'Montivilliers',
    'Saint-Romain-de-Colbosc',
    'Valmont',
  ],
  // TGI d'Auxerre: TI d'Auxerre, Avallon, Tonnerre (not the TGI de Sens: Joigny, Sens).
  Auxerre: [
    'Auxerre',
    'Ancy-le-Franc',
    'Avallon',
    'Bléneau',
    'Chablis',
    'Coulanges-la-Vineuse',
    'Coulanges-sur-Yonne',
    'Courson-les-Carrières',
    'Cruzy-le-Châtel',
    'Flogny-la-Chapelle',
    'Guillon',
    'Ligny-le-Châtel',
    "L'Isle-sur-Serein",
    'Noyers',
    'Quarré-les-Tombes',
    'Saint-Fargeau',
    'Saint-Florentin',
    'Saint-Sauveur-en-Puisaye',
    'Seignelay',
    'Tonnerre',
    'Toucy',
    'Vermenton',
    'Vézelay',
  ],
  // TGI de Nancy: TI de Lunéville, Nancy, Toul (not the TGI de Briey).
  Nancy: [
    'Nancy',
    'Arracourt',
    'Baccarat',
    'Badonviller',
    'Bayon',
    'Blâmont',
    'Cirey-sur-Vezouze',
    'Gerbéviller',
    'Lunéville',
    'Colombey-les-Belles',
    'Dieulouard',
    'Domèvre-en-Haye',
    'Haroué',
    'Jarville-la-Malgrange',
    'Laxou',
    'Malzéville',
    'Neuves-Maisons',
    'Nomeny',
    'Pompey',
    'Pont-à-Mousson',
    'Saint-Max',
    'Saint-Nicolas-de-Port',
    'Seichamps',
    'Thiaucourt-Regniéville',
    'Tomblaine',
    'Toul',
    'Vandœuvre-lès-Nancy',
    'Vézelise',
  ],
  // TGI de Saint-Brieuc: TI de Guingamp and de Saint-Brieuc (Dinan's cantons are in the TGI
  // de Saint-Malo).
  'Saint-Brieuc': [
    'Saint-Brieuc',
    'Bégard',
    'Belle-Isle-en-Terre',
    'Bourbriac',
    'Callac',
    'Guingamp',
    'Lannion',
    'La Roche-Derrien',
    'Lézardrieux',
    'Maël-Carhaix',
    'Perros-Guirec',
    'Plestin-les-Grèves',
    'Plouagat',
    'Plouaret',
    'Pontrieux',
    'Rostrenen',
    'Saint-Nicolas-du-Pélem',
    'Tréguier',
    'Châtelaudren',
    'Collinée',
    'Corlay',
    'Étables-sur-Mer',
    'Gouarec',
    'La Chèze',
    'Lamballe',
    'Langueux',
    'Lanvollon',
    'Loudéac',
    'Merdrignac',
    'Moncontour',
    'Mûr-de-Bretagne',
    'Paimpol',
    'Pléneuf-Val-André',
    'Plérin',
    'Plœuc-sur-Lié',
    'Ploufragan',
    'Plouguenast',
    'Plouha',
    'Quintin',
    'Uzel',
  ],
};

/**
 * « Saint-Priest » / « ST PRIEST » / « Lyon 3e » / « Marseille Cedex 08 » → « saint priest »,
 * « lyon », « marseille ».
 */
export function communeKey(town: string): string {
  return town
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/\bcedex\b.*$/, '')
    .replace(/\b\d+\s*(e|er|eme)?\b.*$/, '')
    .replace(/['’\-\s]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim();
}
