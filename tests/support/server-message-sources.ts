/**
 * Every message the server can answer with, read from the source with the TypeScript compiler:
 * the message of `new DomainError(code, message)`, the reason of
 * `DomainError.invalidField(field, reason)` and the `message` of every object literal shaped like
 * a FieldProblem (`{ field, message }`), an error reply (`{ id, message }`) or a row an import
 * skips (`{ line, message }`). A message held in a constant, a variable of a literal
 * type, a conditional or returned by a function of src/ is followed to its literals. Each
 * `${…}` of a template becomes a `{placeholder}` named after what it interpolates; the Spanish
 * catalog (src/server/messages) matches a template by its shape, whatever its values' names.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface MessageSource {
  /** The English template, `{name}` for each interpolated value. */
  template: string;
  /** `src/…/file.ts:line` of the literal. */
  where: string;
}

export interface ScannedMessages {
  messages: MessageSource[];
  /** Literal field names of FieldProblems and invalidField calls (`districtId`, `children[].birthDate`). */
  fields: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts'))
      return [];
    return [path];
  });
}

/** The name a `${…}` gets: the last identifier of a plain name or property, else `value`. */
function placeholderName(expression: ts.Expression): string {
  let node: ts.Expression = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    node = node.expression;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'String')
    return node.arguments[0] ? placeholderName(node.arguments[0]) : 'value';
  return 'value';
}

/** A template from literal parts and expressions, placeholders numbered when a name repeats. */
function templateOf(parts: (string | ts.Expression)[]): string {
  const used = new Map<string, number>();
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const name = placeholderName(part);
      const count = (used.get(name) ?? 0) + 1;
      used.set(name, count);
      return `{${count === 1 ? name : `${name}${count}`}}`;
    })
    .join('');
}

/** The parts of `a + b + …`, literals as text. */
function concatenationParts(node: ts.Expression): (string | ts.Expression)[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...concatenationParts(node.left), ...concatenationParts(node.right)];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  return [node];
}

export function scanServerMessages(root: string): ScannedMessages {
  const srcRoot = join(root, 'src');
  const files = sourceFiles(srcRoot).filter((file) => !file.includes(`${join('src', 'web')}`));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const messages: MessageSource[] = [];
  const fields = new Set<string>();

  const inSrc = (node: ts.Node): boolean => {
    const file = node.getSourceFile().fileName;
    return file.startsWith(srcRoot) && !file.includes('node_modules');
  };

  /** Every literal text an expression can have, as templates. */
  function literalsOf(node: ts.Expression, depth = 0, seen = new Set<ts.Node>()): string[] {
    if (depth > 6 || seen.has(node)) return [];
    seen.add(node);
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
      return literalsOf(node.expression, depth, seen);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isTemplateExpression(node)) {
      const parts: (string | ts.Expression)[] = [node.head.text];
      for (const span of node.templateSpans) parts.push(span.expression, span.literal.text);
      return [templateOf(parts)];
    }
    if (ts.isConditionalExpression(node))
      return [...literalsOf(node.whenTrue, depth + 1, seen), ...literalsOf(node.whenFalse, depth + 1, seen)];
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.PlusToken) {
        const parts = concatenationParts(node);
        if (parts.some((part) => typeof part === 'string')) return [templateOf(parts)];
        return [];
      }
      if (
        operator === ts.SyntaxKind.QuestionQuestionToken ||
        operator === ts.SyntaxKind.BarBarToken ||
        operator === ts.SyntaxKind.AmpersandAmpersandToken
      )
        return [...literalsOf(node.left, depth + 1, seen), ...literalsOf(node.right, depth + 1, seen)];
    }
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const type = checker.getTypeAtLocation(node);
      const members = type.isUnion() ? type.types : [type];
      if (members.every((member) => member.isStringLiteral() || member.flags & ts.TypeFlags.Undefined))
        return members.flatMap((member) => (member.isStringLiteral() ? [member.value] : []));
      let symbol = checker.getSymbolAtLocation(ts.isElementAccessExpression(node) ? node.expression : node);
      if (symbol?.valueDeclaration && ts.isShorthandPropertyAssignment(symbol.valueDeclaration))
        symbol = checker.getShorthandAssignmentValueSymbol(symbol.valueDeclaration);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (declaration && inSrc(declaration)) {
        if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
          if (ts.isElementAccessExpression(node) && ts.isObjectLiteralExpression(declaration.initializer))
            return declaration.initializer.properties.flatMap((property) =>
              ts.isPropertyAssignment(property) ? literalsOf(property.initializer, depth + 1, seen) : [],
            );
          return literalsOf(declaration.initializer, depth + 1, seen);
        }
        if (ts.isPropertyAssignment(declaration)) return literalsOf(declaration.initializer, depth + 1, seen);
        if (ts.isParameter(declaration)) return argumentsFor(declaration, depth, seen);
      }
      return [];
    }
    if (ts.isCallExpression(node)) {
      let symbol = checker.getSymbolAtLocation(node.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (!declaration || !inSrc(declaration)) return [];
      const body =
        ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)
          ? declaration.body
          : ts.isVariableDeclaration(declaration) &&
              declaration.initializer &&
              (ts.isArrowFunction(declaration.initializer) ||
                ts.isFunctionExpression(declaration.initializer))
            ? declaration.initializer.body
            : undefined;
      if (!body) return [];
      if (!ts.isBlock(body)) return literalsOf(body, depth + 1, seen);
      const found: string[] = [];
      const visitReturns = (child: ts.Node): void => {
        if (ts.isFunctionLike(child)) return;
        if (ts.isReturnStatement(child) && child.expression)
          found.push(...literalsOf(child.expression, depth + 1, seen));
        ts.forEachChild(child, visitReturns);
      };
      ts.forEachChild(body, visitReturns);
      return found;
    }
    return [];
  }

  /**
   * The texts a parameter receives: the matching argument of every call in src/ of the function
   * that declares it (`const skip = (field, message) => …; skip(f, 'is empty')`, or an imported
   * `staleVersion('Someone else changed this team first…')`).
   */
  function argumentsFor(parameter: ts.ParameterDeclaration, depth: number, seen: Set<ts.Node>): string[] {
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isFunctionDeclaration(fn)) return [];
    const index = fn.parameters.indexOf(parameter);
    const name =
      ts.isFunctionDeclaration(fn) && fn.name
        ? fn.name
        : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)
          ? fn.parent.name
          : undefined;
    if (!name || index < 0) return [];
    const target = checker.getSymbolAtLocation(name);
    const found: string[] = [];
    const visitCalls = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        let symbol = checker.getSymbolAtLocation(node.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const argument = node.arguments[index];
        if (symbol === target && argument) found.push(...literalsOf(argument, depth + 1, seen));
      }
      ts.forEachChild(node, visitCalls);
    };
    for (const file of program.getSourceFiles()) if (inSrc(file)) visitCalls(file);
    return found;
  }

  function record(node: ts.Expression, at: ts.Node): void {
    const sourceFile = at.getSourceFile();
    const { line } = sourceFile.getLineAndCharacterOfPosition(at.getStart(sourceFile));
    const where = `${relative(root, sourceFile.fileName)}:${line + 1}`;
    for (const template of literalsOf(node)) {
      // `${field}: ${reason}` and the like only join other messages
      if (!/\p{L}/u.test(template.replace(/\{\w+\}/g, ''))) continue;
      messages.push({ template, where });
    }
  }

  function recordField(node: ts.Expression): void {
    for (const field of literalsOf(node)) fields.add(field.replace(/\[[^\]]*\]/g, '[]'));
  }

  function visit(node: ts.Node): void {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'DomainError'
    ) {
      const message = node.arguments?.[1];
      if (message) record(message, node);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'DomainError' &&
      node.expression.name.text === 'invalidField'
    ) {
      const [field, reason] = node.arguments;
      if (field) recordField(field);
      if (reason) record(reason, node);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const named = new Map<string, ts.ObjectLiteralElementLike>();
      for (const property of node.properties)
        if (property.name && ts.isIdentifier(property.name)) named.set(property.name.text, property);
      // a FieldProblem, or the `error` of a reply the server builds itself ({ id, message })
      const field = named.get('field') ?? named.get('id') ?? named.get('line');
      const message = named.get('message');
      if (field && message) {
        const valueOf = (property: ts.ObjectLiteralElementLike): ts.Expression | undefined =>
          ts.isPropertyAssignment(property)
            ? property.initializer
            : ts.isShorthandPropertyAssignment(property)
              ? property.name
              : undefined;
        const fieldValue = valueOf(field);
        const messageValue = valueOf(message);
        if (fieldValue && named.has('field')) recordField(fieldValue);
        if (messageValue) record(messageValue, node);
      }
    }
    ts.forEachChild(node, visit);
  }

  for (const sourceFile of program.getSourceFiles())
    if (sourceFile.fileName.startsWith(srcRoot) && !sourceFile.isDeclarationFile) visit(sourceFile);
  return { messages, fields };
}
