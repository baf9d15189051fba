/**
 * Runs tasks with the same key one after another (in this process), tasks with other keys freely.
 *
 * @example await personLock.run(personId, () => decideAndAppend());
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await result;
    } finally {
      // The last task of a key removes it, so the map does not grow with every person ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
