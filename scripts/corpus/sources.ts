/**
 * Where the development corpus comes from: public repositories holding sample e-invoice PDFs,
 * fetched as git snapshots beside the checkout, in ../.mirror (or $CORPUS_MIRRORS). `ZUGFeRD/corpus` and
 * `invoice-x/invoice2data` are deliberately absent: they are kept for an independent measurement.
 * Licences were read from each repository's LICENSE file at the snapshot used.
 */
export interface CorpusSource {
  repo: string;
  licence: string;
  /** Paths kept (all PDFs when absent). */
  include?: RegExp;
  /** Paths dropped: specifications, deliberately broken files, orders. */
  exclude?: RegExp;
}

const NOT_INVOICES = /corrupt|invalid|broken|waytoosmall|veraPDF|order-x|\/order|EmptyPDFA/i;

export const CORPUS_SOURCES: CorpusSource[] = [
  { repo: 'ZUGFeRD/mustangproject', licence: 'Apache-2.0', exclude: NOT_INVOICES },
  { repo: 'horstoeko/zugferd', licence: 'MIT', exclude: NOT_INVOICES },
  { repo: 'akretion/factur-x', licence: 'BSD-3-Clause (akretion)', exclude: NOT_INVOICES },
  { repo: 'fnfempe/France_RFE', licence: 'Apache-2.0', exclude: NOT_INVOICES },
  { repo: 'stephanstapel/ZUGFeRD-csharp', licence: 'Apache-2.0', exclude: NOT_INVOICES },
  { repo: 'LandrixSoftware/ZUGFeRD-for-Delphi', licence: 'Apache-2.0', exclude: NOT_INVOICES },
  { repo: 'FacturX-NET/FacturXDotNet', licence: 'MIT', exclude: NOT_INVOICES },
  { repo: 'easybill/zugferd-php', licence: 'MIT', exclude: NOT_INVOICES },
  { repo: 'jslno/node-zugferd', licence: 'MIT', exclude: NOT_INVOICES },
  { repo: 'ZUGFeRD/quba-viewer', licence: 'Apache-2.0', exclude: NOT_INVOICES },
  { repo: 'ZUGFeRD/ZUV', licence: 'Apache-2.0', exclude: NOT_INVOICES },
];

export const FORBIDDEN_REPOS = ['ZUGFeRD/corpus', 'invoice-x/invoice2data'];
