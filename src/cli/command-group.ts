import type { Command } from 'commander';

/**
 * The group `ciclo NAME …` under which a command registers (`user`, `org`, `import`, `da`…):
 * the one an earlier command made, or a new one with `description`.
 */
export function commandGroup(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}
