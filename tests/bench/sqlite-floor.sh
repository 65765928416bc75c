#!/usr/bin/env bash
# The floor for the bulk-insert benchmark: the sqlite3 shell writing the same
# rows (domain, status, history line) into Registrar Desk's schema, with the
# secondary indexes dropped and rebuilt, in one transaction. No validation, no
# deadline computation, no Qt. Usage: sqlite-floor.sh CLI_BINARY [ROWS]
set -euo pipefail
cli=$1
rows=${2:-1000000}
db=$(mktemp -d)/floor.sqlite
"$cli" --db "$db" contact add BNCH-000000-ADNS --name Bench --vat 123456789 >/dev/null
start=$(date +%s.%N)
sqlite3 "$db" <<SQL
PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL;
BEGIN;
DROP INDEX domains_next_due; DROP INDEX domains_registrant; DROP INDEX history_domain_at;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $rows - 1)
INSERT INTO domains (a_label, u_label, registrant_id, created_at, expires_at, auto_renew,
  owner_conf, arbitration, registry_lock, programme, notes, updated_at, next_due, next_kind)
SELECT printf('dominio-%07d.pt', i), printf('dominio-%07d.pt', i), 1, 1700000000,
  1800000000 + (i % 1826) * 86400, i % 2, 0, 0, 0, 'none', '', 1790000000,
  1800000000 + (i % 1826) * 86400 - 2592000, 'deletion' FROM n;
INSERT INTO domain_statuses (domain_id, position, status) SELECT id, 0, 'ok' FROM domains;
INSERT INTO history (domain_id, at, agent, event, detail)
SELECT id, 1790000000, 'bench', 'domain.added',
  'Added to the portfolio, expiring 2027-01-01T00:00:00Z, auto-renew on.' FROM domains;
CREATE INDEX domains_next_due ON domains (next_due, a_label);
CREATE INDEX domains_registrant ON domains (registrant_id);
CREATE INDEX history_domain_at ON history (domain_id, at);
COMMIT;
SQL
end=$(date +%s.%N)
echo "sqlite3 shell, $rows domains with status and history line: $(echo "$end - $start" | bc) s"
rm -rf "$(dirname "$db")"
