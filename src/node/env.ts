// The runner's environment variables (process.env, or a test's own map): every Node-host part reads its options here.
export type Env = Record<string, string | undefined>;
