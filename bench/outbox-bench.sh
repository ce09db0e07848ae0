#!/usr/bin/env bash
# Đo hộp thư đi (không phải test): xếp và gửi một giấy mời tới N người nhận (mặc định 500) qua máy chủ SMTP GreenMail
# chạy trong cùng JVM, trên SQLite; mốc so sánh (anchor) đo trong cùng lần chạy: gửi lại đúng các thư đó thẳng qua SMTP,
# không qua cơ sở dữ liệu. Kết quả in ra: thời gian xếp hàng, thời gian gửi, thư/giây, và tỉ lệ gửi/anchor.
# Cách dùng: bench/outbox-bench.sh [N] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -q -Poutbox-bench -pl invite-mail -am -DskipTests -Dbench.args="${1:-500} ${2:-3}" verify 2>&1 | grep -E "round [0-9]+:"
