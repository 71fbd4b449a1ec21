/** Bordereau des pièces communiquées à l'appui de la requête (C. proc. civ., réforme 2022). */
import { shortDate } from '../format';
import type { DocumentInput } from '../input';
import { signerParty } from '../letter-parts';
import type { DocumentModel } from '../model';
import type { Exhibit } from './exhibits';

export function bordereau(input: DocumentInput, exhibits: readonly Exhibit[]): DocumentModel {
  const { identity } = input.settings;
  return {
    title: `Bordereau des pièces — ${identity.name} contre ${input.client.name}`,
    lang: 'fr',
    date: input.asOf,
    author: identity.name,
    blocks: [
      {
        kind: 'title',
        text: 'Bordereau des pièces communiquées',
        subtitle: 'à l’appui de la requête en injonction de payer',
      },
      {
        kind: 'fields',
        rows: [
          ['Demandeur', [identity.name, identity.tradeName].filter(Boolean).join(' — ')],
          ['Défendeur', input.client.name],
          ['Date', shortDate(input.asOf, 'fr')],
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'N°', width: 7 },
          { header: 'Pièce', width: 45 },
          { header: 'Date', width: 13 },
          { header: 'Fichier', width: 35 },
        ],
        rows: exhibits.map((e) => ({
          cells: [`${e.number}`, e.label, e.date ? shortDate(e.date, 'fr') : '—', e.fileName ?? 'à joindre'],
        })),
      },
      { kind: 'paragraph', text: `Nombre de pièces : ${exhibits.length}.` },
      { kind: 'signature', parties: [signerParty(input.settings)] },
    ],
  };
}
