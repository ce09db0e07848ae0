-- PostgreSQL only (issue 18, a province's million invitations): cheaper rows for a search to test, and heads read from
-- their index alone. Both are settings: nothing is rewritten, so a province's database migrates in milliseconds.
-- * A search tests its phrases on search_text (inline, compressed). pglz, the default, costs half of that test: on
--   20,000 of a province's texts (3.5 KB, 1.4 KB compressed) a phrase test took 750–880 ms with pglz, 375–500 ms with
--   lz4, 340 ms uncompressed (docs/performance.md). lz4 applies to texts written from now on: the latest invitations,
--   which are the ones a search walks in update order. A PostgreSQL built without lz4 keeps pglz.
-- * A week's list and a page from the full-text index look the invitations' heads up in invitation_head_ix (V9.1)
--   without reading the table only where its visibility map says a page holds no change since the last VACUUM. Every
--   save rewrites its invitation's row, and by default a table of a million rows is vacuumed after 200,000 changes:
--   6,222 of 9,123 heads were read from the table before a VACUUM, none after. Vacuumed after 1 % instead (98 MB,
--   seconds).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE invitation_version ALTER COLUMN search_text SET COMPRESSION lz4;
    END IF;
END
$$;

ALTER TABLE invitation SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
