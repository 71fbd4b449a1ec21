/**
 * What every e-invoice sample must give, field by field. Values were read from each XML with an
 * independent XPath script (Python ElementTree, paths of ../shared/reference/einvoice.md) and
 * agree with ../shared/data/einvoice/SOURCES.md for F20260023. `null` = absent from the XML.
 */

export type ExpectedRow = [
  file: string,
  format: 'facturx' | 'zugferd' | 'cii' | 'ubl',
  documentType: 'invoice' | 'credit_note',
  number: string,
  issueDate: string,
  dueDate: string | null,
  totalCents: number,
  amountDueCents: number | null,
  currency: string,
  sellerName: string,
  buyerName: string,
  buyerEmail: string | null,
];

/** Paths under tests/fixtures/extract/einvoice/. */
// biome-ignore format: one sample per line reads as a table
export const EXPECTED: ExpectedRow[] = [
  ['akretion-factur-x/factur-x-basic.xml', 'facturx', 'invoice', 'F20260023', '2026-01-31', '2026-03-02', 10490, 10490, 'EUR', 'LE FOURNISSEUR', 'LE CLIENT', 'me@buyer.com'],
  ['akretion-factur-x/factur-x-basicwl.xml', 'facturx', 'invoice', 'F20260023', '2026-01-31', '2026-03-02', 10490, 10490, 'EUR', 'LE FOURNISSEUR', 'LE CLIENT', 'me@buyer.com'],
  ['akretion-factur-x/factur-x-en16931.xml', 'cii', 'invoice', 'F20260023', '2026-01-31', '2026-03-02', 10490, 10490, 'EUR', 'LE FOURNISSEUR', 'LE CLIENT', 'me@buyer.com'],
  ['akretion-factur-x/factur-x-extended.xml', 'facturx', 'invoice', 'F20260023', '2026-01-31', '2026-03-02', 10490, 10490, 'EUR', 'LE FOURNISSEUR', 'LE CLIENT', 'me@buyer.com'],
  ['akretion-factur-x/factur-x-minimum.xml', 'facturx', 'invoice', 'F20260023', '2026-01-31', null, 10490, 10490, 'EUR', 'LE FOURNISSEUR', 'LE CLIENT', null],
  ['akretion-factur-x/ubl-21-en16931.xml', 'ubl', 'invoice', 'F124212', '2026-06-17', '2026-07-16', 30803, 20803, 'EUR', 'Au bon moulin', 'Ma jolie boutique SARL', 'laetita.durand@jolieboutique.com'],
  ['akretion-factur-x/ubl-21-extended-ctc-fr.xml', 'ubl', 'invoice', 'F124212', '2026-06-17', '2026-07-16', 30803, 20803, 'EUR', 'Au bon moulin', 'Ma jolie boutique SARL', 'laetita.durand@jolieboutique.com'],
  ['akretion-factur-x/zugferd-basic.xml', 'zugferd', 'invoice', '471102', '2013-03-05', null, 23562, null, 'EUR', 'Lieferant GmbH', 'Kunden AG Mitte', null],
  ['akretion-factur-x/zugferd-comfort.xml', 'zugferd', 'invoice', '471102', '2013-03-05', '2013-04-04', 52987, 52987, 'EUR', 'Lieferant GmbH', 'Kunden AG Mitte', null],
  ['akretion-factur-x/zugferd-extended.xml', 'zugferd', 'invoice', 'KR87654321012', '2013-10-06', null, 125670, 125670, 'EUR', 'MUSTERLIEFERANT GMBH', 'MUSTER-KUNDE GMBH', null],
  ['cen-en16931/cii/CII-BR-CO-10-RoundingIssue.xml', 'zugferd', 'invoice', '0', '2021-03-26', '2021-03-26', 0, 0, 'EUR', 'Seller GmbH', 'BuyerName', null],
  ['cen-en16931/cii/CII_business_example_01.xml', 'cii', 'invoice', 'TOSL108', '2013-06-30', '2013-07-20', 180178, 80178, 'NOK', 'Salescompany ltd.', 'The Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/cii/CII_business_example_02.xml', 'zugferd', 'invoice', 'INV000013', '2013-08-25', '2013-05-10', 1190, 1190, 'EUR', 'xxxx', 'Buyercompany ltd', null],
  ['cen-en16931/cii/CII_business_example_Z.xml', 'zugferd', 'invoice', '2016166', '2015-01-09', '2015-01-09', 1169387, 1169387, 'EUR', 'XXX AG', 'XXX AG', null],
  ['cen-en16931/cii/CII_example1.xml', 'cii', 'invoice', '12115118', '2015-01-09', '2015-01-09', 25033, 25033, 'EUR', 'De Koksmaat', 'ODIN 59', null],
  ['cen-en16931/cii/CII_example2.xml', 'cii', 'invoice', 'TOSL108', '2013-06-30', '2013-07-20', 180178, 80178, 'NOK', 'Salescompany ltd.', 'The Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/cii/CII_example3.xml', 'cii', 'invoice', 'TOSL108', '2013-04-10', '2013-05-10', 112500, 112500, 'DKK', 'SubscriptionSeller', 'Buyercompany ltd', null],
  ['cen-en16931/cii/CII_example4.xml', 'cii', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 467500, 'DKK', 'SellerCompany', 'Buyercompany ltd', null],
  ['cen-en16931/cii/CII_example5.xml', 'cii', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 233750, 'DKK', 'SellerCompany', 'Buyercompany ltd', 'info@buyercompany.dk'],
  ['cen-en16931/cii/CII_example6.xml', 'cii', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 467500, 'DKK', 'SellerCompany', 'Buyercompany ltd', null],
  ['cen-en16931/cii/CII_example7.xml', 'cii', 'invoice', 'INVOICE_test_7', '2013-05-13', null, 320000, 320000, 'SEK', 'The Sellercompany Incorporated', 'THe Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/cii/CII_example8.xml', 'cii', 'invoice', '1100512149', '2014-11-10', '2014-11-24', 109978, 109978, 'EUR', 'Enexis B.V.', 'Klant', null],
  ['cen-en16931/cii/CII_example9.xml', 'cii', 'invoice', '20150483', '2015-04-01', '2015-04-15', 17787, 17787, 'EUR', 'Bluem BV', 'Provide Verzekeringen', null],
  ['cen-en16931/cii/XRechnung-O.xml', 'cii', 'invoice', '150377292', '2021-01-14', '2021-01-01', 38554460, 38554460, 'EUR', 'XX', 'XX', null],
  ['cen-en16931/cii/huf_example_cii.xml', 'cii', 'invoice', '21/001003559/996', '2021-10-05', '2021-11-01', 8785900, 8785900, 'HUF', 'DKV Euro Service GmbH + Co. KG', 'HIL Heeresinstandsetzungslogistik GmbH', null],
  ['cen-en16931/ubl/BIS3_Invoice_negativ.XML', 'ubl', 'invoice', '12345', '2019-01-25', '2019-02-24', -78217943, -78217943, 'DKK', 'Company A', 'Company B', null],
  ['cen-en16931/ubl/BIS3_Invoice_positive.XML', 'ubl', 'invoice', '12345', '2019-01-25', '2019-02-24', 78217943, 78217943, 'DKK', 'Company A', 'Company B', null],
  ['cen-en16931/ubl/FT_G2G_TD01_con_Allegato__Bonifico_e_Split_Payment.xml', 'ubl', 'invoice', '1316/85', '2020-02-13', null, 152012, 124600, 'EUR', 'Azienda Unita Sanitaria Locale di Reggio Emilia', 'AZIENDA AUSL DI MODENA', null],
  ['cen-en16931/ubl/guide-example1.xml', 'ubl', 'invoice', '12115118', '2015-01-09', '2015-01-09', 25033, 25033, 'EUR', 'De Koksmaat', 'ODIN 59', null],
  ['cen-en16931/ubl/guide-example2.xml', 'ubl', 'invoice', 'TOSL108', '2013-06-30', '2013-07-20', 180178, 80178, 'NOK', 'Salescompany ltd.', 'The Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/ubl/guide-example3.xml', 'ubl', 'invoice', 'TOSL108', '2013-04-10', '2013-05-10', 112500, 112500, 'DKK', 'SubscriptionSeller', 'Buyercompany ltd', null],
  ['cen-en16931/ubl/issue116.xml', 'ubl', 'invoice', '2018210', '2018-02-08', '2018-03-07', 83000, 83000, 'SEK', 'SÄLJARNAMNET', 'Project services AB', null],
  ['cen-en16931/ubl/sample-discount-price.xml', 'ubl', 'invoice', 'test decimal 1', '2018-02-05', '2018-02-28', 1515, 1515, 'EUR', 'HEP SPLIT', 'HEP-OPERATOR DISTRIBUCIJSKOG SUSTAVA D.O.O. ZA DISTRIBUCIJU I OPSKRBU ELEKTRICNE ENERGIJE', null],
  ['cen-en16931/ubl/ubl-tc434-creditnote1.xml', 'ubl', 'credit_note', '018304 / 28865', '2019-09-23', null, 10011, 10011, 'EUR', 'My Supplier Company', 'My Customer Company', 'pete.smith@mycustomercompany.be'],
  ['cen-en16931/ubl/ubl-tc434-example1.xml', 'ubl', 'invoice', '12115118', '2015-01-09', '2015-01-09', 25033, 25033, 'EUR', 'De Koksmaat', 'ODIN 59', null],
  ['cen-en16931/ubl/ubl-tc434-example10.xml', 'ubl', 'invoice', '12115118', '2015-01-09', '2015-01-09', 25033, 25033, 'EUR', 'De Koksmaat', 'ODIN 59', null],
  ['cen-en16931/ubl/ubl-tc434-example2.xml', 'ubl', 'invoice', 'TOSL108', '2013-06-30', '2013-07-20', 180178, 80178, 'NOK', 'Salescompany ltd.', 'The Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/ubl/ubl-tc434-example3.xml', 'ubl', 'invoice', 'TOSL108', '2013-04-10', '2013-05-10', 200500, 200500, 'DKK', 'SubscriptionSeller', 'Buyercompany ltd', null],
  ['cen-en16931/ubl/ubl-tc434-example4.xml', 'ubl', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 467500, 'DKK', 'SellerCompany', 'Buyercompany ltd', null],
  ['cen-en16931/ubl/ubl-tc434-example5.xml', 'ubl', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 233750, 'DKK', 'SellerCompany', 'Buyercompany ltd', 'info@buyercompany.dk'],
  ['cen-en16931/ubl/ubl-tc434-example6.xml', 'ubl', 'invoice', 'TOSL110', '2013-04-10', '2013-05-10', 467500, 467500, 'DKK', 'SellerCompany', 'Buyercompany ltd', null],
  ['cen-en16931/ubl/ubl-tc434-example7.xml', 'ubl', 'invoice', 'INVOICE_test_7', '2013-03-11', null, 320000, 320000, 'SEK', 'The Sellercompany Incorporated', 'THe Buyercompany', 'john@buyercompany.no'],
  ['cen-en16931/ubl/ubl-tc434-example8.xml', 'ubl', 'invoice', '1100512149', '2014-11-10', '2014-11-24', 109978, 109978, 'EUR', 'Enexis B.V.', 'Klant', null],
  ['cen-en16931/ubl/ubl-tc434-example9.xml', 'ubl', 'invoice', '20150483', '2015-04-01', '2015-04-14', 17787, 17787, 'EUR', 'Bluem BV', 'Provide Verzekeringen', null],
];

/** Orders, not invoices: refused. */
export const ORDERS = ['akretion-factur-x/order-x-basic.xml', 'akretion-factur-x/order-x-comfort.xml'];
