package org.diplomacykg.extract;

import java.util.BitSet;
import java.util.List;
import org.diplomacykg.extract.frame.FrameReader;
import org.diplomacykg.nlp.Sentence;

/** Frames read off every parsed sentence that is not a photo caption; quoted words trigger none. */
final class FrameComponent implements Component {
    private final FrameReader reader;

    FrameComponent(Gazetteers g) {
        this.reader = new FrameReader(g.lexicon);
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public void process(ArticleDoc d) {
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            if (s.caption() || !s.parsed()) {
                continue;
            }
            BitSet quoted = new BitSet();
            List<org.diplomacykg.nlp.Token> ts = s.tokens();
            for (int k = 0; k < ts.size(); k++) {
                if (d.quoted(i, ts.get(k))) {
                    quoted.set(k);
                }
            }
            d.frames.addAll(reader.read(s, quoted));
        }
    }
}
