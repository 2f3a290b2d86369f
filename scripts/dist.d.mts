/** Whether dist/ is older than src/ or the compiler settings. */
export function distStale(): boolean
/** Compile dist/ if it is stale; returns whether it compiled. */
export function ensureDist(): boolean
