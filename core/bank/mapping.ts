/**
 * The columns of a CSV no profile knows, as the user mapped them once, remembered by the
 * file's shape (its normalised header) so next month's export of the same bank is read
 * without asking again. The schema lives in core/model (settings keep the mappings).
 */
export { type CsvMapping, type CsvMappingInput, CsvMappingSchema } from '../model/bank';

/** Mappings kept in the settings: the most recent ones, so the settings row stays small. */
export const MAX_MAPPINGS = 50;
