create temp table before as select relname, pg_total_relation_size(oid) sz from pg_class where relname in ('issued_credentials','anchor_outbox') and relkind='r';
insert into issued_credentials(id, org_id, kind, format, digest, credential, status_entries, evidence_digest, evidence_root, created_at, product_id, assures)
  select 'urn:uuid:' || gen_random_uuid(), c.org_id, c.kind, c.format, 'sha256:' || encode(sha256((c.id||g)::bytea),'hex'),
         c.credential, c.status_entries, c.evidence_digest, c.evidence_root, now(), c.product_id, c.assures
  from generate_series(1,25000) g, issued_credentials c;
insert into anchor_outbox(digest, credential_id, state, attempts, next_attempt_at, submitted_at, created_at)
  select c.digest, c.id, 'ANCHORED', 1, now(), now(), now() from issued_credentials c where c.digest not in (select digest from anchor_outbox);
vacuum analyze;
select b.relname, ((pg_total_relation_size(b.relname::regclass) - b.sz) / 200000.0)::numeric(8,1) as bytes_per_row from before b order by 1;
