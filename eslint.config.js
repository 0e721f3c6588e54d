// ESLint flat config: typescript-eslint's type-checked rules over the whole project, and
// eslint-plugin-no-unsanitized so the extension's sources never write HTML strings into the DOM
// (tests may build their fixture pages from literal HTML).
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test/artifacts/**', 'eslint.config.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Preact event handlers may be async: their promise is not meant to be awaited by the element.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**'],
    // Test fakes implement the extension's async interfaces with values at hand.
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  { files: ['src/**'], ...noUnsanitized.configs.recommended },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text through Preact, never an HTML string.' },
      ],
    },
  },
);
