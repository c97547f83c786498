// The pipeline's version: stored on every Document; a change makes `npm start` reseed existing installs.
export const PIPELINE_VERSION = "9";
