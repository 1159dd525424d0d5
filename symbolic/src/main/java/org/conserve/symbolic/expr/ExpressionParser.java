package org.conserve.symbolic.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.conserve.symbolic.ProblemKind;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;

/**
 * Recursive-descent parser of the expression language; builds Symja expressions directly with
 * {@link F}'s constructors (Symja's own parser never sees file text). Grammar, loosest first:
 * <pre>
 * condition  = and ("||" and)*                      (where only)
 * and        = not ("&amp;&amp;" not)*
 * not        = "!" not | comparison
 * comparison = sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=") sum)*   (where only)
 * sum        = term (("+" | "-") term)*
 * term       = unary (("*" | "/") unary | power)*     (juxtaposition: 2x, 2 x, x(y+1))
 * unary      = ("-" | "+") unary | power             (so -x^2 = -(x^2))
 * power      = primary ("^" exponent)?              (right-associative: a^b^c = a^(b^c))
 * exponent   = ("-" | "+") exponent | power
 * primary    = number | name | function ("(" args ")" | "[" args "]") | "(" condition ")"
 * </pre>
 * a/b is built as Times(a, Power(b, -1)) and -a as Times(-1, a), as Symja does. Constant parts
 * (numbers, parameters, Pi, E) are checked in doubles while parsing: a constant that is not a finite
 * real number (1/0, Sqrt(-1), 9^9^9) is refused, so Symja is never asked to build a gigantic number.
 *
 * <p>Instances are single-use; the static entry points are thread-safe.
 */
public final class ExpressionParser {
    /** Deeper nesting is refused (protects the parser's stack). */
    static final int MAX_DEPTH = 100;

    private final Tokenizer tokenizer;
    private final Scope scope;
    private final boolean conditionsAllowed;
    private Token current;
    private int depth;

    private ExpressionParser(String text, Scope scope, boolean conditionsAllowed) {
        this.tokenizer = Tokenizer.of(text);
        this.current = tokenizer.next();
        this.scope = scope;
        this.conditionsAllowed = conditionsAllowed;
    }

    /** Parses an arithmetic expression. @throws ExpressionException with the offset of the mistake */
    public static ParseResult parseArithmetic(String text, Scope scope) {
        return new ExpressionParser(text, scope, false).parseWhole();
    }

    /** Parses a condition (a {@code where}). @throws ExpressionException with the offset of the mistake */
    public static ParseResult parseCondition(String text, Scope scope) {
        return new ExpressionParser(text, scope, true).parseWhole();
    }

    private ParseResult parseWhole() {
        if (peek().kind() == TokenKind.END) {
            throw Tokenizer.malformed(0, "empty expression");
        }
        Node node = condition();
        Token rest = peek();
        if (rest.kind() != TokenKind.END) {
            throw Tokenizer.malformed(rest.start(), "unexpected " + rest.describe() + (rest.kind() == TokenKind.CLOSE_PAREN
                    || rest.kind() == TokenKind.CLOSE_BRACKET ? " without a matching opening bracket" : "; expected an operator"));
        }
        if (conditionsAllowed && !node.condition()) {
            throw Tokenizer.malformed(0, "expected a condition such as x^2 + y^2 > 0.25 (comparisons < <= > >=, joined by && || !)");
        }
        return new ParseResult(node.expression(),
                node.constant() == null ? OptionalDouble.empty() : OptionalDouble.of(node.constant()));
    }

    private Node condition() {
        enter();
        Node first = and();
        if (peek().kind() != TokenKind.OR) {
            depth--;
            return first;
        }
        List<IExpr> operands = new ArrayList<>(List.of(requireCondition(first, peek()).expression()));
        while (peek().kind() == TokenKind.OR) {
            Token or = logic(take());
            operands.add(requireCondition(and(), or).expression());
        }
        depth--;
        return Node.condition(F.Or(operands.toArray(IExpr[]::new)), first.start());
    }

    private Node and() {
        Node first = not();
        if (peek().kind() != TokenKind.AND) {
            return first;
        }
        List<IExpr> operands = new ArrayList<>(List.of(requireCondition(first, peek()).expression()));
        while (peek().kind() == TokenKind.AND) {
            Token and = logic(take());
            operands.add(requireCondition(not(), and).expression());
        }
        return Node.condition(F.And(operands.toArray(IExpr[]::new)), first.start());
    }

    private Node not() {
        if (peek().kind() != TokenKind.NOT) {
            return comparison();
        }
        Token not = logic(take());
        enter();
        Node operand = requireCondition(not(), not);
        depth--;
        return Node.condition(F.Not(operand.expression()), not.start());
    }

    private Node comparison() {
        Node left = sum();
        if (!peek().kind().isComparison()) {
            return left;
        }
        int start = left.start();
        List<IExpr> comparisons = new ArrayList<>();
        while (peek().kind().isComparison()) {
            Token operator = take();
            if (!conditionsAllowed) {
                throw Tokenizer.malformed(operator.start(), "comparisons (" + operator.text() + ") are allowed only in sampling.where");
            }
            Node right = sum();
            requireNumber(left, operator);
            requireNumber(right, operator);
            comparisons.add(Arithmetic.compare(operator.kind(), left.expression(), right.expression()));
            left = right;
        }
        return Node.condition(comparisons.size() == 1 ? comparisons.get(0) : F.And(comparisons.toArray(IExpr[]::new)), start);
    }

    private Node sum() {
        Node first = term();
        if (peek().kind() != TokenKind.PLUS && peek().kind() != TokenKind.MINUS) {
            return first;
        }
        List<Node> terms = new ArrayList<>(List.of(requireNumber(first, peek())));
        while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
            Token operator = take();
            Node term = requireNumber(term(), operator);
            terms.add(operator.kind() == TokenKind.MINUS ? Arithmetic.negate(term) : term);
        }
        return Arithmetic.check(Arithmetic.plus(terms), first.start(), "the sum");
    }

    private Node term() {
        Node first = unary();
        List<Node> factors = new ArrayList<>(List.of(first));
        while (true) {
            Token operator = peek();
            TokenKind kind = operator.kind();
            boolean explicit = kind == TokenKind.TIMES || kind == TokenKind.DIVIDE;
            if (!explicit && kind != TokenKind.NUMBER && kind != TokenKind.NAME && kind != TokenKind.OPEN_PAREN) {
                break;
            }
            requireNumber(first, operator);
            if (explicit) {
                take();
            }
            Node factor = requireNumber(explicit ? unary() : power(), operator);
            if (kind == TokenKind.DIVIDE) {
                if (factor.isConstant() && factor.constant() == 0) {
                    throw new ExpressionException(ProblemKind.INVALID_VALUE, operator.start(), "division by zero");
                }
                factor = Arithmetic.check(Arithmetic.reciprocal(factor), operator.start(), "the division");
            }
            factors.add(factor);
        }
        return factors.size() == 1 ? first : Arithmetic.check(Arithmetic.times(factors), first.start(), "the product");
    }

    private Node unary() {
        TokenKind kind = peek().kind();
        if (kind != TokenKind.MINUS && kind != TokenKind.PLUS) {
            return power();
        }
        Token sign = take();
        enter();
        Node operand = requireNumber(unary(), sign);
        depth--;
        return kind == TokenKind.MINUS ? Arithmetic.negate(operand) : operand;
    }

    private Node power() {
        Node base = primary();
        if (peek().kind() != TokenKind.POWER) {
            return base;
        }
        Token caret = take();
        requireNumber(base, caret);
        enter();
        Node exponent = requireNumber(exponent(), caret);
        depth--;
        return Arithmetic.check(Arithmetic.power(base, exponent, caret.start()), caret.start(), "the power");
    }

    private Node exponent() {
        TokenKind kind = peek().kind();
        if (kind != TokenKind.MINUS && kind != TokenKind.PLUS) {
            return power();
        }
        Token sign = take();
        enter();
        Node operand = requireNumber(exponent(), sign);
        depth--;
        return kind == TokenKind.MINUS ? Arithmetic.negate(operand) : operand;
    }

    private Node primary() {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
                return number(token);
            case NAME:
                return name(token);
            case OPEN_PAREN: {
                Node inner = condition();
                expect(TokenKind.CLOSE_PAREN, token);
                return inner;
            }
            case OPEN_BRACKET:
                throw Tokenizer.malformed(token.start(), "'[' must follow a function name; group with ( )");
            case END:
                throw Tokenizer.malformed(token.start(), "the expression ends too early; expected a number, a name or '('");
            default:
                throw Tokenizer.malformed(token.start(), "unexpected " + token.describe() + "; expected a number, a name or '('");
        }
    }

    private Node number(Token token) {
        String text = token.text();
        boolean exact = text.chars().allMatch(Character::isDigit);
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            String shown = text.length() > 20 ? text.substring(0, 10) + "..." + " (" + text.length() + " characters)" : text;
            throw new ExpressionException(ProblemKind.INVALID_VALUE, token.start(), "number " + shown + " is too large");
        }
        INumber number = exact ? F.ZZ(new BigInteger(text)) : F.num(value);
        return new Node(number, false, value, token.start());
    }

    private Node name(Token token) {
        String name = token.text();
        TokenKind after = peek().kind();
        var function = ElementaryFunction.named(name);
        boolean call = after == TokenKind.OPEN_PAREN || after == TokenKind.OPEN_BRACKET;
        if (function.isPresent()) {
            if (!call) {
                throw Tokenizer.malformed(token.start(), "'" + name + "' is a function; call it as " + name + "(...)");
            }
            return FunctionCall.parse(this, function.get(), token);
        }
        if (call && !scope.knows(name)) {
            String hint = ElementaryFunction.namedIgnoringCase(name).map(f -> " (did you mean " + f.symjaName() + "?)").orElse("");
            throw new ExpressionException(ProblemKind.FORBIDDEN_FUNCTION, token.start(), "function '" + name
                    + "' is not allowed" + hint + "; the functions of the expression language are " + ElementaryFunction.allNames());
        }
        if (after == TokenKind.OPEN_BRACKET) {
            throw Tokenizer.malformed(peek().start(), "'" + name + "' is not a function; '[' must follow a function name");
        }
        IExpr symbol = scope.resolve(name, token.start());
        return new Node(symbol, false, scope.constantValue(symbol), token.start());
    }

    // Helpers shared with FunctionCall.

    Token peek() {
        return current;
    }

    Token take() {
        Token token = current;
        if (token.kind() != TokenKind.END) {
            current = tokenizer.next();
        }
        return token;
    }

    Node argument(Token function) {
        return requireNumber(condition(), function);
    }

    void expect(TokenKind kind, Token opening) {
        Token token = take();
        if (token.kind() != kind) {
            throw Tokenizer.malformed(token.start(), "expected '" + kind.symbol() + "' to close " + opening.describe()
                    + ", found " + token.describe());
        }
    }

    /** Logic belongs to sampling.where only. */
    private Token logic(Token operator) {
        if (!conditionsAllowed) {
            throw Tokenizer.malformed(operator.start(), "'" + operator.text() + "' (logic) is allowed only in sampling.where");
        }
        return operator;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Tokenizer.malformed(peek().start(), "expression nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private static Node requireNumber(Node node, Token operator) {
        if (node.condition()) {
            throw Tokenizer.malformed(operator.start(), "a condition cannot be used as a number with " + operator.describe());
        }
        return node;
    }

    private static Node requireCondition(Node node, Token operator) {
        if (!node.condition()) {
            throw Tokenizer.malformed(operator.start(), operator.describe() + " joins conditions such as x > 0, not numbers");
        }
        return node;
    }
}
