package org.diplomacykg.serve.limits;

import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A SELECT answer that ends where its {@link CapCounter} says: the writer then closes the
 * document as it would at a natural end, so what is sent is well-formed up to the cap.
 */
final class CappedRowSet implements RowSet {
    private final RowSet rows;
    private final CapCounter counter;
    private Boolean admitted;

    CappedRowSet(RowSet rows, CapCounter counter) {
        this.rows = rows;
        this.counter = counter;
    }

    @Override
    public boolean hasNext() {
        if (admitted == null) {
            // the cap is checked before asking for the row: a row past it is never computed
            admitted = counter.admit() && rows.hasNext();
        }
        return admitted;
    }

    @Override
    public Binding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        admitted = null;
        return rows.next();
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }
}
