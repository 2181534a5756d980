// @ts-check
/**
 * The project's own lint rules (type-aware, on typescript-eslint's parser services).
 *
 * kiosk/no-dropped-result: a call whose value is a `Result` (shared/result.ts: `{ ok: true, value } |
 * { ok: false, error }`) must be read. Expected failures are values here, so an unread Result is a failure
 * nobody handles. Write `void call()` where dropping it is the decision, with a comment saying why.
 */
import { ESLintUtils } from '@typescript-eslint/utils';

/** @param {import('typescript').Type} type */
function isResultType(type) {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => {
    const ok = part.getProperty('ok');
    return ok !== undefined && (part.getProperty('value') !== undefined || part.getProperty('error') !== undefined);
  });
}

const createRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/gov-kiosk/gov-kiosk/blob/main/ARCHITECTURE.md#${name}`,
);

const noDroppedResult = createRule({
  name: 'no-dropped-result',
  meta: {
    type: 'problem',
    docs: { description: 'A Result a call returns must be read (or dropped on purpose with `void`).' },
    messages: {
      dropped: 'This call returns a Result that nobody reads: handle its failure, or write `void` and say why.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    return {
      ExpressionStatement(node) {
        const expression = node.expression;
        if (expression.type !== 'CallExpression' && expression.type !== 'AwaitExpression') return;
        if (expression.type === 'AwaitExpression' && expression.argument.type !== 'CallExpression') return;
        if (isResultType(services.getTypeAtLocation(expression))) context.report({ node, messageId: 'dropped' });
      },
    };
  },
});

export default {
  meta: { name: 'eslint-plugin-kiosk' },
  rules: { 'no-dropped-result': noDroppedResult },
};
