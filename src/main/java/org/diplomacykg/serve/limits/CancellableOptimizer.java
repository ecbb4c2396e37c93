package org.diplomacykg.serve.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.optimize.OpVisitorExprPrepare;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.optimize.TransformMergeBGPs;
import org.apache.jena.sparql.algebra.optimize.TransformPathFlatten;
import org.apache.jena.sparql.algebra.optimize.TransformPathFlattenAlgebra;
import org.apache.jena.sparql.algebra.optimize.TransformScopeRename;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Jena's standard optimizer, stopping between its passes once the query is cancelled. Jena's own
 * optimizer never looks at the cancel flag, and one query just under the size cap can keep it busy
 * for many seconds (see {@code BoundedQueryTest}); with this a cancelled query stops at the end of
 * the pass it is in. {@link #rewrite} is the sequence of {@link OptimizerStd#rewrite} in Jena 5.6,
 * whose first steps are not overridable, with a check between every two steps.
 */
final class CancellableOptimizer extends OptimizerStd {
    /** Install in a query's context with {@code ARQConstants.sysOptimizerFactory}. */
    static final RewriteFactory FACTORY = CancellableOptimizer::new;

    private final Context context;
    private final AtomicBoolean cancel;

    private CancellableOptimizer(Context context) {
        super(context);
        this.context = context;
        this.cancel = Context.getCancelSignal(context);
    }

    private Op check(Op op) {
        if (cancel != null && cancel.get()) {
            throw new QueryCancelledException();
        }
        return op;
    }

    @Override
    public Op rewrite(Op op) {
        if (context.get(ARQConstants.sysOptimizer) == null) {
            context.set(ARQConstants.sysOptimizer, this);
        }
        if (context.isDefined(filterPlacementOldName) && context.isUndef(ARQ.optFilterPlacement)) {
            context.set(ARQ.optFilterPlacement, context.get(filterPlacementOldName));
        }
        op = check(TransformScopeRename.transform(check(op)));
        OpWalker.walk(op, new OpVisitorExprPrepare(context));
        check(op);
        if (context.isTrueOrUndef(ARQ.optPathFlatten)) {
            op = context.isTrue(ARQ.optPathFlattenAlgebra)
                    ? apply("Path flattening (algebra)", new TransformPathFlattenAlgebra(), op)
                    : apply("Path flattening", new TransformPathFlatten(), op);
            if (context.isTrueOrUndef(ARQ.optMergeBGPs)) {
                op = apply("Merge BGPs", new TransformMergeBGPs(), check(op));
            }
        }
        op = pass(ARQ.optExprConstantFolding, op, this::transformExprConstantFolding);
        op = pass(ARQ.propertyFunctions, op, this::transformPropertyFunctions);
        op = pass(ARQ.optFilterConjunction, op, this::transformFilterConjunction);
        op = pass(ARQ.optFilterExpandOneOf, op, this::transformFilterExpandOneOf);
        if (context.isTrue(ARQ.optInlineAssignments)) {
            op = transformInlineAssignments(op);
        }
        op = pass(ARQ.optFilterImplicitJoin, op, this::transformFilterImplicitJoin);
        op = pass(ARQ.optImplicitLeftJoin, op, this::transformFilterImplicitLeftJoin);
        op = pass(ARQ.optFilterDisjunction, op, this::transformFilterDisjunction);
        op = pass(ARQ.optTopNSorting, op, this::transformTopNSorting);
        op = pass(ARQ.optOrderByDistinctApplication, op, this::transformOrderByDistinctApplication);
        op = pass(ARQ.optDistinctToReduced, op, this::transformDistinctToReduced);
        op = pass(ARQ.optIndexJoinStrategy, op, this::transformJoinStrategy);
        if (context.isTrue(ARQ.optReorderBGP)) {
            op = transformReorder(op);
        }
        op = pass(ARQ.optFilterPlacement, op, this::transformFilterPlacement);
        op = pass(ARQ.optFilterEquality, op, this::transformFilterEquality);
        if (context.isTrue(ARQ.optFilterInequality)) {
            op = transformFilterInequality(op);
        }
        op = pass(ARQ.optPromoteTableEmpty, op, this::transformPromoteTableEmpty);
        op = pass(ARQ.optMergeBGPs, op, this::transformMergeBGPs);
        op = pass(ARQ.optMergeExtends, op, this::transformExtendCombine);
        return check(op);
    }

    /** A pass that is on unless the context turns it off. */
    private Op pass(Symbol setting, Op op, UnaryOperator<Op> transform) {
        return context.isTrueOrUndef(setting) ? transform.apply(op) : op;
    }

    @Override
    protected Op transformExprConstantFolding(Op op) {
        return super.transformExprConstantFolding(check(op));
    }

    @Override
    protected Op transformPropertyFunctions(Op op) {
        return super.transformPropertyFunctions(check(op));
    }

    @Override
    protected Op transformFilterConjunction(Op op) {
        return super.transformFilterConjunction(check(op));
    }

    @Override
    protected Op transformFilterExpandOneOf(Op op) {
        return super.transformFilterExpandOneOf(check(op));
    }

    @Override
    protected Op transformInlineAssignments(Op op) {
        return super.transformInlineAssignments(check(op));
    }

    @Override
    protected Op transformFilterImplicitJoin(Op op) {
        return super.transformFilterImplicitJoin(check(op));
    }

    @Override
    protected Op transformFilterImplicitLeftJoin(Op op) {
        return super.transformFilterImplicitLeftJoin(check(op));
    }

    @Override
    protected Op transformFilterDisjunction(Op op) {
        return super.transformFilterDisjunction(check(op));
    }

    @Override
    protected Op transformTopNSorting(Op op) {
        return super.transformTopNSorting(check(op));
    }

    @Override
    protected Op transformOrderByDistinctApplication(Op op) {
        return super.transformOrderByDistinctApplication(check(op));
    }

    @Override
    protected Op transformDistinctToReduced(Op op) {
        return super.transformDistinctToReduced(check(op));
    }

    @Override
    protected Op transformJoinStrategy(Op op) {
        return super.transformJoinStrategy(check(op));
    }

    @Override
    protected Op transformFilterPlacement(Op op) {
        return super.transformFilterPlacement(check(op));
    }

    @Override
    protected Op transformFilterEquality(Op op) {
        return super.transformFilterEquality(check(op));
    }

    @Override
    protected Op transformFilterInequality(Op op) {
        return super.transformFilterInequality(check(op));
    }

    @Override
    protected Op transformPromoteTableEmpty(Op op) {
        return super.transformPromoteTableEmpty(check(op));
    }

    @Override
    protected Op transformMergeBGPs(Op op) {
        return super.transformMergeBGPs(check(op));
    }

    @Override
    protected Op transformReorder(Op op) {
        return super.transformReorder(check(op));
    }

    @Override
    protected Op transformExtendCombine(Op op) {
        return super.transformExtendCombine(check(op));
    }
}
