/** The layer table of `.dependency-cruiser.mjs`, for the script that prints it into the README. */
export declare const layers: { name: string; paths: string[]; what: string; may: string[] }[];
declare const config: unknown;
export default config;
