/** One line per check, as it finishes, and the totals at the end. */
export class Report {
  passed = 0;
  failed: string[] = [];

  constructor(private readonly print: (line: string) => void) {}

  async check(subject: string, rule: string, run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      this.passed += 1;
      this.print(`  ✓ ${subject}: ${rule}`);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failed.push(`${subject}: ${rule}`);
      this.print(`  ✗ ${subject}: ${rule}\n      ${reason}`);
      return false;
    }
  }

  summary(): string {
    return `${this.passed} passed, ${this.failed.length} failed`;
  }
}
