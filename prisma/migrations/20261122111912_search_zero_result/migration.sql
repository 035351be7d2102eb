-- Searches that found nothing (see model SearchZeroResult). Anonymous by construction: there is
-- no column for an IP address, a cookie, a session or an account.
CREATE TABLE "search_zero_result" (
    "id" BIGSERIAL NOT NULL,
    "query" TEXT,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "engine" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_zero_result_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "search_zero_result_query_length" CHECK (char_length("query") <= 200),
    CONSTRAINT "search_zero_result_engine" CHECK ("engine" IN ('meilisearch', 'postgres'))
);

-- Reports read recent weeks; old rows are deleted by date.
CREATE INDEX "search_zero_result_created_at_idx" ON "search_zero_result"("created_at");
