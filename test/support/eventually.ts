/**
 * Waits for what the server does in the background (the rules-folder watcher, the collections
 * scheduler) by asking until the answer comes. No deadline of its own: jest's test timeout is the
 * only budget, so a slow or busy machine waits longer instead of failing. How fast it happens is a
 * figure for `npm run bench`, not an assertion of the suite.
 */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, pollMs = 25): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
