import { run } from './cli';
import { COMMANDS } from './cli';
import type { CliIo } from './shared/cli-io';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env: {}, cwd: '/', clock: { now: () => new Date(0) } };
  return { code: await run(argv, io), stdout, stderr };
}

describe('careledger help', () => {
  it('has --help for the tool and for each command, without opening any store', async () => {
    await expect(cli('--help')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('commands:') });
    for (const command of COMMANDS) {
      const viaFlag = await cli(command.name, '--help');
      expect(viaFlag).toEqual({ code: 0, stdout: command.help, stderr: '' });
      expect(viaFlag.stdout).toMatch(new RegExp(`^usage: careledger ${command.name}`));
      expect(viaFlag.stdout).toContain('exit codes:');
      await expect(cli('help', command.name)).resolves.toEqual(viaFlag);
      await expect(cli(command.name, '-h')).resolves.toEqual(viaFlag);
    }
  });

  it('answers no command or an unknown one with the help on stderr and exit code 2', async () => {
    await expect(cli()).resolves.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('commands:') });
    await expect(cli('frobnicate')).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    await expect(cli('verify', '--bogus')).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --bogus') });
  });
});
