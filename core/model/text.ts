import { z } from 'zod';

import { cleanMultiLine, cleanSingleLine } from './text-clean';

export { cleanMultiLine, cleanSingleLine };

/** A one-line string, cleaned before its other checks run (`.overwrite` keeps it a ZodString). */
export const singleLine = () => z.string().overwrite(cleanSingleLine);
export const multiLine = () => z.string().overwrite(cleanMultiLine);
