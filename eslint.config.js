import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const pureFolders = ['src/config/**', 'src/formats/**', 'src/checks/**', 'src/report/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      '.tmp/**',
      'src/generated/**',
      'node_modules/**',
      'coverage/**',
      'examples/**/.git/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: plain data in, plain data out. I/O lives in sources/ and github/.
    files: pureFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', '@octokit/*'], message: 'Pure code must not talk to GitHub.' },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process'],
              message: 'Pure code does no I/O.',
            },
          ],
        },
      ],
    },
  },
);
