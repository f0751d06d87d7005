import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

/** The boundary messages the linter gives for `code` placed at `file`. */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the linter keeps the boundaries of the server and the engine', () => {
  it.each([
    ["another module's tables", 'apps/server/src/modules/budget/x.ts', "import { sessions } from '../users/users.schema';\nexport const s = sessions;\n"],
    ['the audit table outside the platform', 'apps/server/src/modules/budget/x.ts', "import { auditEvents } from '../../platform/audit.schema';\nexport const a = auditEvents;\n"],
    ["another module's repo, as a value", 'apps/server/src/modules/reviews/x.ts', "import { createServicesRepo } from '../services/services.repo';\nexport const r = createServicesRepo;\n"],
    ['a module, from db/', 'apps/server/src/db/x.ts', "import { createUsersRepo } from '../modules/users/users.repo';\nexport const r = createUsersRepo;\n"],
    ['the platform config, from db/', 'apps/server/src/db/x.ts', "import type { Config } from '../platform/config';\nexport type C = Config;\n"],
    ['a module, from platform/', 'apps/server/src/platform/x.ts', "import { usersModule } from '../modules/users/users.module';\nexport const m = usersModule;\n"],
    ['the contracts, from the engine', 'packages/engine/src/x.ts', "import { roles } from '@eshkol/contracts/auth';\nexport const r = roles;\n"],
    ['zod, from the engine', 'packages/engine/src/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
  ])('refuses %s', async (_what, file, code) => {
    expect(await refusals(file, code)).toHaveLength(1);
  });

  it.each([
    ["a module's own tables and repo", 'apps/server/src/modules/services/x.ts', "import { services } from './services.schema';\nimport { createServicesRepo } from './services.repo';\nexport const x = [services, createServicesRepo];\n"],
    ["the type of another module's repo, to name the port it is handed", 'apps/server/src/modules/reviews/x.ts', "import type { ServicesRepo } from '../services/services.repo';\nexport type P = Pick<ServicesRepo, 'lock'>;\n"],
    ["another module's table in a schema file, for a foreign key", 'apps/server/src/modules/budget/x.schema.ts', "import { users } from '../users/users.schema';\nexport const u = users;\n"],
    ['the engine importing itself and its solver', 'packages/engine/src/x.ts', "import type { Highs } from 'highs';\nimport { limits } from './cost-sharing/limits';\nexport type H = Highs;\nexport const l = limits;\n"],
  ])('allows %s', async (_what, file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});
