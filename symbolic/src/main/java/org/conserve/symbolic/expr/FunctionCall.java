package org.conserve.symbolic.expr;

import java.util.ArrayList;
import java.util.List;

import org.conserve.symbolic.ProblemKind;

/** Parses the arguments of a call {@code f(a, b)} or {@code f[a, b]} to an {@link ElementaryFunction}. */
final class FunctionCall {
    private FunctionCall() {
    }

    static Node parse(ExpressionParser parser, ElementaryFunction function, Token name) {
        Token open = parser.take();
        TokenKind close = open.kind() == TokenKind.OPEN_PAREN ? TokenKind.CLOSE_PAREN : TokenKind.CLOSE_BRACKET;
        List<Node> arguments = new ArrayList<>();
        if (parser.peek().kind() != close) {
            arguments.add(parser.argument(name));
            while (parser.peek().kind() == TokenKind.COMMA) {
                parser.take();
                arguments.add(parser.argument(name));
            }
        }
        parser.expect(close, open);
        if (!function.accepts(arguments.size())) {
            throw new ExpressionException(ProblemKind.WRONG_ARITY, name.start(), function.symjaName() + " takes "
                    + function.arityDescription() + ", got " + arguments.size());
        }
        Double value = null;
        if (arguments.stream().allMatch(Node::isConstant)) {
            value = function.value(arguments.stream().mapToDouble(Node::constant).toArray());
        }
        Node call = new Node(function.build(arguments.stream().map(Node::expression).toArray(org.matheclipse.core.interfaces.IExpr[]::new)),
                false, value, name.start());
        return Arithmetic.check(call, name.start(), function.symjaName() + "(...) of these constants");
    }
}
