package org.diplomacykg.serve.limits;

/** How a query ended: a complete answer (perhaps cut at a cap) or a refusal with its status. */
sealed interface Outcome {
    /** Frees what the outcome holds when nobody will send it. */
    void discard();

    /**
     * @param contentType the answer's Content-Type
     * @param truncation  {@code rows=N} or {@code bytes=N} when a cap cut the answer, else null
     * @param body        the whole answer, ready to send
     */
    record Answer(String contentType, String truncation, AnswerBuffer body) implements Outcome {
        @Override
        public void discard() {
            body.close();
        }
    }

    record Refusal(int status, String message) implements Outcome {
        @Override
        public void discard() {
        }
    }
}
