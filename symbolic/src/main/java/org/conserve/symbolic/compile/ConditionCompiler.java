package org.conserve.symbolic.compile;

import java.util.ArrayList;
import java.util.List;

import org.conserve.symbolic.compile.Condition.Comparison;
import org.conserve.symbolic.compile.Condition.Comparison.Relation;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Translates a Symja condition (comparisons, possibly chained, and And, Or, Not, True, False) into a
 * {@link Condition}. Chains such as {@code Less(a, b, c)} and {@code Inequality(a, Less, b, LessEqual, c)}
 * mean every neighbouring pair holds; {@code Unequal(a, b, c)} means all are pairwise distinct.
 */
final class ConditionCompiler {
    private final NodeCompiler numbers;

    ConditionCompiler(NodeCompiler numbers) {
        this.numbers = numbers;
    }

    Condition compile(IExpr expression) {
        if (expression.isTrue()) {
            return new Condition.Fixed(true);
        }
        if (expression.isFalse()) {
            return new Condition.Fixed(false);
        }
        if (!expression.isAST() || !expression.head().isBuiltInSymbol()) {
            throw NodeCompiler.refuse("a condition must be a comparison, And, Or, Not, True or False", expression);
        }
        IAST ast = (IAST) expression;
        ISymbol head = (ISymbol) ast.head();
        Relation relation = relation(head);
        if (relation == Relation.UNEQUAL && ast.argSize() > 2) {
            return pairwiseDistinct(ast);
        }
        if (relation != null) {
            requireAtLeast(ast, 2);
            List<Condition> links = new ArrayList<>();
            for (int i = 1; i < ast.argSize(); i++) {
                links.add(comparison(relation, ast.get(i), ast.get(i + 1)));
            }
            return all(links);
        }
        if (head == S.Inequality) {
            return inequality(ast);
        }
        if (head == S.And || head == S.Or) {
            requireAtLeast(ast, 1);
            Condition[] parts = new Condition[ast.argSize()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = compile(ast.get(i + 1));
            }
            return head == S.And ? new Condition.All(parts) : new Condition.Any(parts);
        }
        if (head == S.Not && ast.argSize() == 1) {
            return new Condition.Negated(compile(ast.arg1()));
        }
        throw NodeCompiler.refuse("'" + head + "' is not a comparison or a logical connective", expression);
    }

    /** Inequality(a, rel1, b, rel2, c, ...): a rel1 b and b rel2 c and ... */
    private Condition inequality(IAST ast) {
        int size = ast.argSize();
        if (size < 3 || size % 2 == 0) {
            throw NodeCompiler.refuse("Inequality needs operands separated by relations", ast);
        }
        List<Condition> links = new ArrayList<>();
        for (int i = 1; i + 2 <= size; i += 2) {
            IExpr operator = ast.get(i + 1);
            Relation relation = operator.isBuiltInSymbol() ? relation((ISymbol) operator) : null;
            if (relation == null) {
                throw NodeCompiler.refuse("'" + operator + "' is not a relation", ast);
            }
            links.add(comparison(relation, ast.get(i), ast.get(i + 2)));
        }
        return all(links);
    }

    private Condition pairwiseDistinct(IAST ast) {
        List<Condition> pairs = new ArrayList<>();
        for (int i = 1; i <= ast.argSize(); i++) {
            for (int j = i + 1; j <= ast.argSize(); j++) {
                pairs.add(comparison(Relation.UNEQUAL, ast.get(i), ast.get(j)));
            }
        }
        return all(pairs);
    }

    private Condition comparison(Relation relation, IExpr left, IExpr right) {
        return new Comparison(relation, numbers.compile(left), numbers.compile(right));
    }

    private static Condition all(List<Condition> links) {
        return links.size() == 1 ? links.get(0) : new Condition.All(links.toArray(Condition[]::new));
    }

    private static Relation relation(ISymbol head) {
        if (head == S.Less) {
            return Relation.LESS;
        } else if (head == S.LessEqual) {
            return Relation.LESS_EQUAL;
        } else if (head == S.Greater) {
            return Relation.GREATER;
        } else if (head == S.GreaterEqual) {
            return Relation.GREATER_EQUAL;
        } else if (head == S.Equal) {
            return Relation.EQUAL;
        } else if (head == S.Unequal) {
            return Relation.UNEQUAL;
        }
        return null;
    }

    private static void requireAtLeast(IAST ast, int arguments) {
        if (ast.argSize() < arguments) {
            throw NodeCompiler.refuse("'" + ast.head() + "' needs at least " + arguments + " argument(s)", ast);
        }
    }
}
