/** Dashboard copy (lists, invoice page, clients, charts). English must have every key. */
export const dashboardFr = {} as const;

export const dashboardEn: Record<keyof typeof dashboardFr, string> = {};
