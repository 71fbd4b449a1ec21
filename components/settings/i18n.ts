/** Settings, scenario editor and exports copy. English must have every key. */
export const settingsFr = {} as const;

export const settingsEn: Record<keyof typeof settingsFr, string> = {};
