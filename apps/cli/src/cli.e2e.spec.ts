import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { COMMANDS } from './cli';

const workspaceRoot = path.resolve(__dirname, '../../..');

describe('npm run careledger (spawned, as an auditor types it)', () => {
  it('prints the help with every command, exit code 0', () => {
    const result = spawnSync('npm', ['run', '--silent', 'careledger', '--', '--help'], { cwd: workspaceRoot, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: npm run careledger -- <command> [options]');
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command.name.padEnd(12)} ${command.summary}`);
  });
});
