/**
 * Plain data scraped from Gmail (DOM nodes never leave core/sites). Types only, so the content
 * script bundles no zod; the schemas in ./schema.ts check the parsers in tests and the data
 * where the background receives it.
 */
import type { z } from 'zod';
import type * as S from './schema';

export type GmailPerson = z.infer<typeof S.GmailPersonSchema>;
export type GmailAttachment = z.infer<typeof S.GmailAttachmentSchema>;
export type GmailMessage = z.infer<typeof S.GmailMessageSchema>;
export type GmailThread = z.infer<typeof S.GmailThreadSchema>;
export type GmailListRow = z.infer<typeof S.GmailListRowSchema>;
export type GmailFieldSource = z.infer<typeof S.GmailFieldSourceSchema>;
export type DetectedGmailInvoice = z.infer<typeof S.DetectedGmailInvoiceSchema>;
