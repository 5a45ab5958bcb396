create temp table before as select pg_total_relation_size('verification_history') sz;
insert into verification_history(kind, digest, issuer, verdict, failures, gaps, client_id, verified_at)
  select v.kind, 'sha256:' || encode(sha256(('v' || g)::bytea), 'hex'), v.issuer, v.verdict, 0, 0, v.client_id, now()
  from generate_series(1, 200000) g, (select * from verification_history limit 1) v;
vacuum analyze;
select 'verification_history' as relname,
       ((pg_total_relation_size('verification_history') - sz) / 200000.0)::numeric(8, 1) as bytes_per_row
  from before;
