// The store used when --db is not given; light, so the CLI can show it in --help without loading a database driver.
export const DEFAULT_STORE = 'concord.sqlite';
