"""Generate a synthetic corpus of alphanode article exports with known defects.

Usage:
    python benchmarks/make_corpus.py OUT_DIR --count N [--seed S]
        [--defect-rate R] [--noise-rate Q]

Writes N articles as ``OUT_DIR/<5-digit index>_<16 hex>.txt`` plus
``OUT_DIR/manifest.json``, which lists for every article the single injected
defect (if any), the codes that defect may legitimately also trigger
(``allow``) and the format noise applied. Clean articles follow
``shared/FORMAT.md`` and look like the five real seed exports.

The same arguments always give byte-identical output: every random choice
comes from one ``random.Random(seed)`` and nothing reads the clock.
Articles are streamed to disk one at a time so that 100,000 are feasible.

How it works: ``build_clean`` makes a ``Draft`` (the parts of one article),
a defect ``Case`` from ``CASES`` edits it minimally (or replaces its bytes),
``render`` turns it into text, and format noise is applied last. Each case
declares the codes it may also trigger (``allow``) and what it needs from the
clean article it starts from (``Needs``: a python stack, a code block, ...).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import os
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

GENERATOR = "lintkit make_corpus"
MANIFEST_VERSION = 1
AS_OF = "2026-11-24"
# Codes that any article may carry without an injected defect: reading time
# inflated (META007), stale review date (META012) and the shared "owner"
# sentence repeated inside one article (DUP005); STR006 is in the brief's list.
NATURAL = ("STR006", "META007", "META012", "DUP005")

BULLET = "\u2022"
NBSP = "\u00a0"
ARTICLE_NAME = re.compile(r"^\d{5,}_[0-9a-f]{16}\.txt$")
MANIFEST_NAME = "manifest.json"

# ---------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------

PROBLEMS = (
    "reducing build time",
    "improving asset delivery",
    "building safer deployment steps",
    "profiling memory usage",
    "speeding up slow queries",
    "hardening file uploads",
    "caching api responses",
    "taming background jobs",
    "tightening error handling",
    "cutting cold start latency",
    "stabilizing flaky tests",
    "rotating secrets safely",
    "shrinking container images",
    "cleaning up log noise",
)

SCENARIOS = (
    "for a small engineering team",
    "for a content heavy programming website",
    "with simple rollback steps",
    "for api-first products",
    "for a team that ships daily",
    "for a weekend on-call rotation",
    "with a shared staging server",
    "for a busy documentation portal",
    "under a tight release schedule",
    "for a two-person side project",
)

TITLE_TEMPLATES = (
    "practical guide to {problem} with {stack}",
    "{stack} notes: {problem} {scenario}",
    "field notes on {problem} for {stack}",
)

INTRO_TEMPLATES = (
    "many teams notice {problem} only after traffic, content, or deploy frequency increases. "
    "this article explains how to review the issue in a {stack} project and make the fix "
    "easier to maintain.",
    "when a project grows, {problem} stops being a small cleanup task and becomes part of the "
    "way the team ships software. this alphanode note walks through a practical approach to "
    "{stack} {scenario}.",
    "{problem} rarely comes down to a single bug in {stack}. it is usually a handful of small "
    "decisions that add up, and this note collects the checks that helped most {scenario}.",
    "this note looks at {problem} in a {stack} codebase from the point of view of the person "
    "on call. the goal is a change that is easy to verify, easy to explain, and easy to undo.",
)

FINAL_NOTES = (
    "the best result is not only a faster or cleaner {stack} implementation. it is a change "
    "that another developer can inspect, understand, and safely repeat. keep the final "
    "commands, metrics, and assumptions close to the article so future maintenance is easier."
)

SUMMARY = (
    "this ai-style technical summary explains {problem} in {stack}, with emphasis on "
    "measurement, safe defaults, rollback planning, and maintainable documentation."
)

AI_BRIEF = (
    "the article is written like a careful ai generated engineering draft: it explains the "
    "reason for the change, lists operational checks, and avoids pretending that one command "
    "fixes every production case."
)

RECOMMENDED_ACTIONS = (
    "measure first, change carefully, document the result",
    "start small, verify in staging, keep a rollback ready",
    "write down the baseline, fix one thing, measure again",
)

NOTES = (
    "sanitized array meta is expected to render as a list in the frontend box",
    "view count is synthetic and only used for testing meta volume",
    "content is generated for import/load testing and should be reviewed before indexing",
)

# The two sentences the real exports repeat on purpose; everything else in a
# clean article's prose is unique so that DUP005 fires only where intended.
OWNER_SENTENCE = "for this {stack} case, keep the owner, expected result, and rollback note in the same place."
ALPHANODE_SENTENCE = "the alphanode approach is to prefer a small verified change over a broad rewrite."

HEADINGS = (
    "why this matters",
    "the practical approach",
    "production checks",
    "security and maintenance notes",
    "common pitfalls",
    "rollout plan",
    "measuring the result",
    "testing before release",
    "operational notes",
)
# Only ever used for the STR004 defect, so a clean article never has it.
EMPTY_HEADINGS = ("further reading", "open questions", "related work")

# The first twelve are the seeds' paragraphs; the rest are written in the same
# style. No sentence of eight or more words occurs in two of them (the
# generator mixes their sentences: SENTENCES).
PARAGRAPHS = (
    "start by writing down what the system currently does. include the route, the expected "
    "input, the slow query or failing command, and the exact place where the user notices the "
    "problem. this small baseline prevents random changes and makes the final result easier "
    "to verify.",
    "the first useful improvement is usually visibility. collect the response time, error "
    "rate, cache status, and database call count before changing code. if those numbers are "
    "not available, add a lightweight log line or health check instead of guessing.",
    "for performance work, change one variable at a time. measure the before state, apply the "
    "smallest safe change, clear only the cache that matters, and compare the result. this "
    "avoids confusing a lucky cache hit with a real fix.",
    "when the feature touches user input, validate at the boundary and keep error messages "
    "specific. a good error message should explain what failed, what value was expected, and "
    "whether the request can be retried safely.",
    "cache rules should be written for people who will debug them later. name the rule, "
    "document the bypass conditions, and include examples of pages that should and should "
    "not be cached.",
    "large content sites need predictable background work. queues, cron events, and import "
    "scripts should be idempotent, logged, and safe to run again. that makes recovery much "
    "easier when a request stops halfway through.",
    "monitoring should answer simple questions quickly: is the service up, is it slow, are "
    "jobs failing, and did the last deployment change anything. dashboards are useful only "
    "when the signals are easy to understand during pressure.",
    "database changes need extra care. check the existing indexes, inspect the query plan, "
    "and test the migration on a copy of real data. the fastest query in development can "
    "still become the slowest request in production.",
    "security hardening works best as a checklist. confirm permissions, secrets, headers, "
    "upload limits, and logging. do not hide security settings inside unrelated code because "
    "future reviewers will miss them.",
    "avoid mixing content decisions with infrastructure decisions. templates, query rules, "
    "and cache behavior should be separate enough that changing one does not unexpectedly "
    "break the others.",
    "a good production pattern has a small surface area. it should be easy to test, easy to "
    "disable, and easy to explain to another developer in a few minutes.",
    "write the final notes immediately after the change ships. include the reason for the "
    "change, the files touched, the command used, and the metric that improved. this turns a "
    "one-time fix into reusable team knowledge.",
    "configuration drift is easier to prevent than to debug. keep every environment variable "
    "in one documented place, compare staging with production before each release, and "
    "remove settings that nothing reads anymore.",
    "logs are only useful when someone can search them under pressure. use one line per "
    "event, include a request id, and avoid printing whole payloads that may contain "
    "personal data.",
    "dependency updates should arrive in small batches. a single pull request that bumps "
    "forty packages is hard to review, while three or four related upgrades can be tested "
    "and reverted quickly.",
    "timeouts deserve an explicit value everywhere a network call is made. a missing timeout "
    "turns a slow partner service into a stuck worker, and stuck workers quietly exhaust the "
    "pool.",
    "retries need a budget and a backoff. retrying immediately and forever multiplies load on "
    "a service that is already struggling, so cap the attempts and add jitter between them.",
    "feature flags let the team ship code before exposing it to everyone. keep each flag "
    "short lived, give it an owner, and delete it once the rollout is complete.",
    "a staging environment is only useful when it resembles production. use the same runtime "
    "versions, a realistic data volume, and the same cache layer, or the checks there will "
    "give false confidence.",
    "error pages are part of the product. a clear message with a reference number helps "
    "support staff find the matching log entry instead of asking the reader to describe the "
    "problem again.",
    "static assets should carry a content hash in their file names. that allows long cache "
    "lifetimes at the edge while still guaranteeing that a new release reaches every browser.",
    "background jobs should record when they started, what they processed, and why they "
    "stopped. without that trail a silent failure can go unnoticed for days.",
    "rate limits protect both the service and its users. start with generous limits, watch "
    "which clients hit them, and tighten the numbers only when the traffic pattern is "
    "understood.",
    "a rollback plan should be tested before it is needed. run it once on staging, note how "
    "long it takes, and write down which data changes cannot be reversed.",
    "health checks should test the things the service actually depends on. a check that only "
    "returns a constant response hides a broken database connection until real users find it.",
    "pagination keeps list endpoints fast as the data grows. return a stable cursor, limit the "
    "page size on the server, and never let a client request every row at once.",
    "file uploads need limits on size, type, and count. validate the content rather than "
    "trusting the extension, and store the files outside the public web root.",
    "secrets belong in the deployment platform, not in the repository. rotate them on a "
    "schedule, and make sure the application fails loudly when a required secret is missing.",
    "slow pages are often caused by many small queries rather than one large query. count the "
    "queries per request and batch the lookups that repeat inside a loop.",
    "build pipelines slow down gradually as steps are added. review the pipeline every few "
    "months, cache dependency downloads, and run independent jobs in parallel.",
    "memory growth in a long running process usually comes from caches without limits. give "
    "every in-process cache a maximum size and an expiry so that usage stays predictable.",
    "container images should contain only what the service needs at runtime. a smaller image "
    "starts faster, downloads faster, and exposes fewer packages to security scanners.",
    "cold starts matter most for routes that are called rarely. keep initialization light, "
    "defer expensive imports until they are used, and measure the first request separately.",
    "flaky tests erode trust in the whole suite. quarantine a flaky test quickly, record the "
    "failure pattern, and fix the shared state or timing assumption behind it.",
    "code review works better with a short description of the intent. explain what the change "
    "should do, how it was tested, and which part deserves the closest look.",
    "access logs and application logs answer different questions. keep both, but make sure "
    "they share a request identifier so a single user action can be followed end to end.",
    "scheduled tasks should be safe to run twice. a lock or a unique marker for each run "
    "prevents duplicate emails, double charges, and repeated imports.",
    "a release tag should point at exactly the code that was deployed. tagging after the "
    "deploy, from the same commit, keeps the history honest and makes comparisons simple.",
    "alerts should be rare and actionable. an alert that fires every night trains people to "
    "ignore it, so tune thresholds until each page means someone must act.",
    "documentation decays unless it lives next to the code. keep the runbook in the "
    "repository and update it in the same change that alters the behavior.",
    "input validation should reject bad data early and say why. a precise rejection at the "
    "edge is cheaper than a confusing failure deep inside the business logic.",
    "database migrations should be reversible or clearly marked as one way. split large data "
    "changes into batches so that the table stays available while they run.",
    "observability is cheaper to add before an incident than during one. a few well named "
    "metrics and a trace around the slowest call usually cover the first investigation.",
    "permissions should follow the principle of least privilege. a deploy key that can only "
    "push to one repository limits the damage when it leaks.",
    "content heavy pages benefit from lazy loading below the fold. load the first image "
    "eagerly, reserve space for the rest, and keep the layout from jumping while the page "
    "renders.",
    "an upgrade of the runtime deserves its own release. mixing it with feature work makes it "
    "hard to tell which change caused a regression.",
    "synthetic checks from outside the network catch problems that internal monitoring "
    "misses. a simple request every minute from another region shows what readers actually "
    "experience.",
    "compression and caching headers are easy to get wrong after a proxy change. compare the "
    "response headers before and after, and keep a saved example of the expected output.",
)

# Paragraphs in plain words, for the plain register (REGISTERS): short
# sentences of short words, the way some teams write their notes (a Flesch
# reading ease of 80 to 100, where PARAGRAPHS read at about 55). Like
# PARAGRAPHS, no sentence of eight or more words occurs twice in the two pools.
PLAIN_PARAGRAPHS = (
    "write down what the app does today. note the route, the input and the slow step. keep "
    "the list short and plain. it will tell you later if the fix worked.",
    "look before you change a thing. count the calls to the database on each page. track how "
    "long each one takes. a guess costs more time than it saves.",
    "change one thing at a time. test it, then look at the numbers once more. if two things "
    "change at once, you will not know which one helped.",
    "check what users send at the edge of the app. say what went wrong in the error. tell "
    "them what you had hoped to get. a clear error saves a call to support.",
    "give each cache rule a name. write down when it is skipped. add a page that should be "
    "cached and one that should not. the next person to debug it will thank you.",
    "jobs that run in the back should be safe to run twice. log when each one starts and "
    "stops. if a job dies half way, you can just run it once more.",
    "a good alert is rare. if it fires each night, people stop reading it. raise the bar until "
    "each page means a real task.",
    "keep all your settings in one place. check the test site against the live site before "
    "each release. drop the ones that no code reads.",
    "logs help most when you can search them fast. put one event on each line. add a request "
    "id to each one. do not print whole forms with user data in them.",
    "bump a few packages at a time. a pull request with forty of them is hard to read. small "
    "batches are quick to test and quick to undo.",
    "set a time limit on each call that goes over the net. a call with no limit can hang for "
    "good. then the worker is stuck and the pool runs dry.",
    "a retry needs a cap and a pause. do not try the same call at full speed, time and time "
    "again. wait a bit longer each time, and then stop.",
    "a flag lets you ship code and turn it on later. give each flag an owner and an end date. "
    "when the rollout is done, take the flag out.",
    "the test site should look like the live one. use the same versions and the same cache. "
    "a real amount of data helps too. if it does not match, your checks will lie to you.",
    "an error page is part of the site. show a short note and a code the user can quote. then "
    "support can find the right log line fast.",
    "put a hash in the name of each static file. the edge can then keep the file for a long "
    "time. a new build still gets to each browser on the first load.",
    "plan how to roll back before you need to. try it once on the test site. time how long it "
    "takes. write down what you can not undo.",
    "a health check should touch what the app needs. a check that just says ok hides a dead "
    "database. real users will find it first.",
    "split long lists into pages. let the server pick the page size. never let one call ask for all the rows at once.",
    "keep secrets out of the repo. store them where you deploy. swap them out on a set day. "
    "the app should fail loud when one of them is gone.",
    "a slow page is often lots of small queries. count them on each request. fetch the ones in a loop in one go.",
    "build steps pile up over time. read the whole build file each few months. cache the "
    "downloads, and run the jobs that do not wait on each other side by side.",
    "a cache with no cap will eat all your memory. give each one a max size. let old keys "
    "time out so the use stays flat.",
    "ship small images. each extra tool in the box is one more thing to patch. a small image "
    "starts fast and pulls fast too.",
    "a flaky test hurts the trust in all the rest. move it out of the way at once. note when "
    "it fails. then fix the shared state or the race.",
    "tell your reviewer what the change should do. say how you tested it. point to the part that needs the most care.",
    "tag each release at the code you shipped. make the tag from the same commit, right after "
    "the deploy. then it is easy to see what changed.",
    "keep the docs next to the code. put the run book in the repo. fix it in the same change "
    "that alters how things work.",
    "do not give a key more power than it needs. a deploy key that can push to one repo does less harm when it leaks.",
    "load the first image on a page right away. hold space for the rest so the page does not "
    "jump. load the rest as the reader scrolls down.",
    "a new runtime gets its own release. do not mix it with new features. if things break, you will know why.",
    "watch the site from the outside as well. send a small request each minute from a far "
    "region. you will see what readers see.",
)

CHECKLIST_ITEMS = (
    "run linting",
    "run unit tests",
    "run one integration check",
    "verify staging config",
    "tag the release",
    "inspect cache headers",
    "test logged-in traffic",
    "purge only the affected route",
    "measure response time",
    "keep a rollback command ready",
    "record the baseline metrics",
    "update the runbook",
    "confirm backups are recent",
    "check log retention",
    "review dependency updates",
    "confirm the health endpoint",
    "notify the on-call owner",
    "check disk usage",
    "compare error rates after deploy",
    "remove unused feature flags",
)
# Used only by CHK003 so the changed item can never coincide with a real one.
CHANGED_CHECKLIST_ITEMS = ("ask product for sign-off", "archive the old dashboard", "email the team")

# Sentences and paragraphs that only defects insert; kept out of the pools
# above so they can never create an accidental duplicate.
STRAY_META_SENTENCES = (
    "this paragraph was pasted into the meta box by the editor and should live in the body.",
    "remember to double check the staging numbers before this article goes out to readers.",
    "the editor left a note here asking someone to review the rollout section once more.",
)
TRAILER_PARAGRAPHS = (
    "readers who found this useful also bookmarked the notes on cache headers and release "
    "tagging, which cover the same ground from the operations side.",
    "if you spotted a mistake in this article, the comment form below reaches the editor who "
    "maintains the series and reviews every report within a week.",
)
ACCENTED_SENTENCES = (
    "the review was done by rené and jürgen from the platform team.",
    "françois and zoë tested the change against the café ordering service.",
    "the naïve first version was replaced after søren measured the résumé upload.",
)
# Word swaps for the DUP002 near-duplicate: same length class, so the copy
# stays above the similarity threshold.
WORD_SWAPS = {
    "small": "minor",
    "quickly": "promptly",
    "easier": "simpler",
    "safe": "secure",
    "team": "group",
    "simple": "plain",
    "useful": "helpful",
    "write": "record",
    "check": "verify",
    "clear": "plain",
    "large": "big",
    "slow": "sluggish",
    "every": "each",
    "later": "afterwards",
    "change": "edit",
    "keep": "hold",
}
FALLBACK_SWAPS = ("careful", "steady", "modest", "proper", "routine")

# ---------------------------------------------------------------------------
# Stacks: each with its own code language, frameworks, tools and snippets
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Framework:
    name: str
    tools: tuple[str, ...]
    snippets: tuple[str, ...]


@dataclass(frozen=True)
class Stack:
    name: str
    area: str
    language: str
    frameworks: tuple[Framework, ...]


FASTAPI = Framework(
    "fastapi",
    ("fastapi", "pytest", "uvicorn", "ruff", "git", "logs"),
    (
        # The seeds' snippet, byte for byte.
        "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}",
        "from fastapi import FastAPI, HTTPException\napp = FastAPI()\n\n"
        "@app.get('/items/{item_id}')\ndef read_item(item_id: int):\n    if item_id < 0:\n"
        "        raise HTTPException(status_code=400, detail='invalid id')\n"
        "    return {'id': item_id}",
        "import time\nfrom fastapi import FastAPI, Request\napp = FastAPI()\n\n"
        "@app.middleware('http')\nasync def timing(request: Request, call_next):\n"
        "    start = time.perf_counter()\n    response = await call_next(request)\n"
        "    response.headers['x-elapsed'] = str(time.perf_counter() - start)\n"
        "    return response",
    ),
)
DJANGO = Framework(
    "django",
    ("django", "pytest", "gunicorn", "ruff", "git", "logs"),
    (
        "from django.http import JsonResponse\n"
        "from django.views.decorators.cache import cache_page\n\n@cache_page(60 * 5)\n"
        "def article_list(request):\n    return JsonResponse({'ok': True})",
        "from django.db import models\n\nclass Article(models.Model):\n"
        "    title = models.CharField(max_length=200)\n"
        "    updated = models.DateTimeField(auto_now=True)",
        "from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n"
        "    dependencies = [('blog', '0004_article_slug')]\n    operations = [\n"
        "        migrations.AddIndex('article', models.Index(fields=['slug'], name='slug_idx')),\n"
        "    ]",
    ),
)
FLASK = Framework(
    "flask",
    ("flask", "pytest", "gunicorn", "ruff", "git", "logs"),
    (
        "from flask import Flask, jsonify\napp = Flask(__name__)\n\n@app.route('/health')\n"
        "def health():\n    return jsonify(ok=True)",
        "from flask import Flask, request, abort\napp = Flask(__name__)\n\n@app.post('/upload')\n"
        "def upload():\n    if request.content_length > 5_000_000:\n        abort(413)\n"
        "    return {'stored': True}",
        "import logging\nlogging.basicConfig(level=logging.INFO)\n"
        "log = logging.getLogger('deploy')\nlog.info('release started')",
    ),
)
EXPRESS = Framework(
    "express",
    ("express", "jest", "npm", "eslint", "git", "logs"),
    (
        "const express = require('express');\nconst app = express();\n\n"
        "app.get('/health', (req, res) => {\n  res.json({ ok: true });\n});\n"
        "app.listen(process.env.PORT || 3000);",
        "const router = require('express').Router();\n\n"
        "router.get('/posts/:id', async (req, res, next) => {\n"
        "  const post = await db.findPost(req.params.id).catch(next);\n"
        "  res.set('Cache-Control', 'public, max-age=300').json(post);\n});",
        "const rateLimit = require('express-rate-limit');\n"
        "const limiter = rateLimit({ windowMs: 60000, max: 100 });\n"
        "app.use('/api/', limiter);",
    ),
)
PLAIN_NODE = Framework(
    "node",
    ("node", "npm", "eslint", "pm2", "git", "logs"),
    (
        "const { readFile } = require('node:fs/promises');\n\nasync function loadConfig(path) {\n"
        "  const raw = await readFile(path, 'utf8');\n  return JSON.parse(raw);\n}",
        "process.on('unhandledRejection', (reason) => {\n"
        "  console.error('unhandled rejection', reason);\n  process.exitCode = 1;\n});",
        "const started = Date.now();\nawait rebuildIndex();\n"
        "console.log(`index rebuilt in ${Date.now() - started} ms`);",
    ),
)
LARAVEL = Framework(
    "laravel",
    ("laravel", "composer", "phpunit", "artisan", "git", "logs"),
    (
        "<?php\n\nRoute::get('/health', function () {\n    return response()->json(['ok' => true]);\n});",
        "$posts = Cache::remember('posts.recent', 300, function () {\n    return Post::latest()->take(10)->get();\n});",
        "<?php\n\nSchema::table('posts', function (Blueprint $table) {\n    $table->index('slug');\n});",
    ),
)
WORDPRESS = Framework(
    "wordpress",
    ("wordpress", "wp-cli", "composer", "phpcs", "git", "logs"),
    (
        "<?php\nadd_action('init', function () {\n    remove_action('wp_head', 'wp_generator');\n});",
        "$query = new WP_Query([\n    'post_type' => 'post',\n    'posts_per_page' => 10,\n"
        "    'no_found_rows' => true,\n]);",
        "<?php\nadd_filter('upload_size_limit', function ($size) {\n    return 8 * 1024 * 1024;\n});",
    ),
)
BASH = Framework(
    "bash",
    ("bash", "shellcheck", "rsync", "cron", "git", "logs"),
    (
        '#!/usr/bin/env bash\nset -euo pipefail\n\nnpm ci\nnpm run build\ngit tag "release-$(date +%Y%m%d)"',
        "#!/usr/bin/env bash\nset -euo pipefail\nrsync -av --delete ./public/ deploy@web01:/var/www/site/",
        '#!/usr/bin/env bash\nset -euo pipefail\n\nbackup="/var/backups/db-$(date +%F).sql.gz"\n'
        'pg_dump --no-owner app | gzip > "$backup"\n'
        "find /var/backups -name 'db-*.sql.gz' -mtime +14 -delete",
        "#!/usr/bin/env bash\nset -euo pipefail\nfor host in web01 web02; do\n"
        "  ssh \"$host\" 'sudo systemctl reload nginx'\ndone",
    ),
)

STACKS = (
    Stack("python services", "backend", "python", (FASTAPI, DJANGO, FLASK)),
    Stack("node.js services", "backend", "javascript", (EXPRESS, PLAIN_NODE)),
    Stack("php applications", "backend", "php", (LARAVEL, WORDPRESS)),
    Stack("shell automation", "operations", "shell", (BASH,)),
)
STACK_BY_NAME = {s.name: s for s in STACKS}


def _unsplash_pool(size: int = 30) -> tuple[str, ...]:
    """A fixed pool of unsplash urls, small on purpose so articles share images."""
    rng = random.Random("alphanode-unsplash-pool")
    ids = ["1555066931-4365d14bab8c", "1515879218367-8466d910aaa4"]  # the seeds' two
    while len(ids) < size:
        ids.append(f"{rng.randrange(1_450_000_000_000, 1_720_000_000_000)}-{rng.getrandbits(48):012x}")
    return tuple(f"https://images.unsplash.com/photo-{i}?auto=format&fit=crop&w=1200&q=80" for i in ids)


UNSPLASH_URLS = _unsplash_pool()


def picsum_url(ident: int) -> str:
    return f"https://picsum.photos/seed/anp-{ident:06d}/1200/630"


def pexels_url(photo: int) -> str:
    return f"https://images.pexels.com/photos/{photo}/pexels-photo-{photo}.jpeg?auto=compress&cs=tinysrgb&w=1200"


# ---------------------------------------------------------------------------
# The article model the generator edits before rendering
# ---------------------------------------------------------------------------


@dataclass
class Defect:
    code: str
    case: str
    allow: list[str] = field(default_factory=list)


@dataclass
class GeneratedArticle:
    """One generated file. ``stack`` and ``code_language`` describe the article
    as built (the real language of its code, even where a META013 defect makes
    the meta say otherwise); both are empty for files with no article in them."""

    name: str
    data: bytes
    defects: list[Defect]
    noise: list[str]
    stack: str
    code_language: str
    # For a clean article: the natural codes it must carry (recall of those).
    natural: list[str] = field(default_factory=list)


@dataclass
class MetaField:
    """One meta field: ``label`` + ``value`` on one line, or ``label`` then items."""

    label: str
    value: str | None = None
    items: list[str] = field(default_factory=list)
    indent: str = "  "

    def lines(self) -> list[str]:
        if self.value is not None:
            return [self.label + self.value]
        return [self.label, *(f"{self.indent}{BULLET} {item}" for item in self.items)]

    def get(self, key: str) -> str:
        prefix = key + ": "
        return next(item[len(prefix) :] for item in self.items if item.startswith(prefix))

    def set(self, key: str, value: str) -> None:
        prefix = key + ": "
        self.items = [prefix + value if item.startswith(prefix) else item for item in self.items]

    def drop(self, key: str) -> None:
        self.items = [item for item in self.items if not item.startswith(key + ": ")]


@dataclass
class Section:
    heading: str
    paragraphs: list[str]
    code: list[str] | None = None


@dataclass
class Draft:
    """Everything an article is made of, editable by a defect before rendering."""

    stack: Stack
    framework: Framework
    problem: str
    scenario: str
    ident: int
    title_template: str
    breadcrumb: str | None
    title: str | None
    intro: str
    caption: str
    body_source: str
    sections: list[Section]
    checklist: list[str] | None
    final_notes: str | None
    meta: list[MetaField] | None
    after_trailer: str | None = None
    raw_text: str | None = None  # replaces the whole rendering (STR001 no-structure)

    def field(self, label: str) -> MetaField:
        assert self.meta is not None
        return next(f for f in self.meta if f.label == label)

    def field_index(self, label: str) -> int:
        assert self.meta is not None
        return next(i for i, f in enumerate(self.meta) if f.label == label)

    def prose_count(self) -> int:
        """The payload ``paragraphs`` value: intro plus body section paragraphs."""
        return 1 + sum(len(s.paragraphs) for s in self.sections)

    def sync_paragraph_count(self) -> None:
        self.field("payload").set("paragraphs", str(self.prose_count()))


@dataclass(frozen=True)
class Needs:
    """What a defect needs from the clean article it starts from."""

    stack: str | None = None
    source: str | None = None
    min_sections: int = 1
    min_paragraphs: int = 1
    min_code: int = 0
    max_code: int = 3
    min_checklist: int = 3
    breadcrumb: bool = False


# ---------------------------------------------------------------------------
# Building a clean article
# ---------------------------------------------------------------------------


def _random_date(rng: random.Random, start: date, end: date) -> str:
    return date.fromordinal(rng.randint(start.toordinal(), end.toordinal())).isoformat()


# How often an article was reviewed recently, and its status, by its register:
# the pages an editor keeps up are the ones rewritten plainly, and the dense
# ones are mostly drafts left alone, as in a real corpus where the scores go
# together.
RECENT_REVIEW = {"plain": 0.8, "standard": 0.3, "dense": 0.05}
STATUSES = {
    "plain": ("reviewed", "reviewed", "expanded"),
    "standard": ("drafted", "expanded", "reviewed"),
    "dense": ("drafted", "drafted", "expanded"),
}


def _review_date(rng: random.Random, register: str = "standard") -> str:
    # Mostly stale at the as-of date (the natural META012), some recent.
    if rng.random() < RECENT_REVIEW[register]:
        return _random_date(rng, date(2025, 6, 1), date(2026, 10, 31))
    return _random_date(rng, date(2021, 1, 1), date(2024, 10, 31))


# How long an article is, as (most sections, most paragraphs per section):
# short notes, the seeds' length and long guides, so that the scores have
# articles of very different depth to tell apart.
SIZES = {"note": (1, 2), "standard": (3, 4), "guide": (len(HEADINGS), 4)}
# How a paragraph is written, so that clarity has articles of different
# difficulty to tell apart: plain prose takes its sentences from
# PLAIN_PARAGRAPHS and cuts a long one at its commas; dense prose joins a
# paragraph's sentences with semicolons and takes longer words (the same number
# of words, and so the same reading time, as standard prose).
REGISTERS = ("plain", "standard", "dense")


# The dense register's words: a longer word for a plain one, one for one.
LONGER_WORDS = {
    "use": "utilise",
    "used": "utilised",
    "using": "utilising",
    "help": "facilitate",
    "helps": "facilitates",
    "show": "demonstrate",
    "shows": "demonstrates",
    "start": "commence",
    "need": "necessitate",
    "needs": "necessitates",
    "check": "verify",
    "make": "engineer",
    "makes": "renders",
    "fix": "remediation",
    "change": "modification",
    "changes": "modifications",
    "small": "incremental",
    "slow": "underperforming",
    "run": "execute",
    "keep": "maintain",
    "find": "identify",
    "get": "obtain",
    "try": "endeavour",
    "about": "approximately",
    "enough": "sufficient",
    "often": "frequently",
    "before": "previously",
    "after": "subsequently",
}


# Which register each fifth of an article size is written in (REGISTERS' order).
REGISTER_CYCLE = {"note": (0, 1, 2, 2, 2), "standard": (0, 0, 1, 2, 2), "guide": (0, 0, 0, 1, 2)}


def _style(ident: int) -> tuple[str, ...]:
    """An article's size (a third of the articles each) and register, from
    its id: the other choices of the corpus do not depend on them.

    The register goes with the size, as on a real site: long guides are
    mostly tutorials kept up and written plainly (three fifths plain), short
    notes mostly terse notes for insiders (three fifths dense); standard posts
    are two fifths plain, one standard, two dense. So a corpus's scores go
    together as real ones do, and quality, their weighted mean, spreads as
    widely as on real pages (docs/scoring.md)."""
    size = tuple(SIZES)[ident % 3]
    return size, REGISTERS[REGISTER_CYCLE[size][(ident // 3) % 5]]


def _paragraph_counts(rng: random.Random, needs: Needs, size: str = "standard") -> list[int]:
    most_sections, most_paragraphs = SIZES[size]
    low = needs.min_sections if size != "guide" else max(needs.min_sections, 4)
    n_sections = rng.randint(low, max(most_sections, low))
    counts = [rng.randint(1 if size != "guide" else 2, most_paragraphs) for _ in range(n_sections)]
    while sum(counts) < needs.min_paragraphs:
        i = rng.randrange(n_sections)
        counts[i] = counts[i] + 1
    return counts


# Every sentence of the pool: an article's paragraphs are made of sentences
# none of its other paragraphs has, grouped anew, so that (as in a real corpus)
# a paragraph is rarely another article's too: DUP004 stays for real boilerplate.
SENTENCES = tuple(s for p in PARAGRAPHS for s in re.split(r"(?<=\.) ", p))
PLAIN_SENTENCES = tuple(s for p in PLAIN_PARAGRAPHS for s in re.split(r"(?<=\.) ", p))


def _paragraphs(rng: random.Random, n: int, pool: tuple[str, ...] = SENTENCES) -> list[str]:
    """`n` paragraphs of two to four sentences of `pool`, no sentence twice."""
    most = max(2, min(4, len(pool) // max(n, 1)))
    sizes = [rng.randint(2, most) for _ in range(n)]
    picked = iter(rng.sample(pool, sum(sizes)))
    return [" ".join(next(picked) for _ in range(size)) for size in sizes]


def _in_register(paragraph: str, register: str) -> str:
    """The paragraph's sentences cut as `register` says (dense prose also takes longer words)."""
    if register == "standard":
        return paragraph
    sentences = [s for s in re.split(r"(?<=\.) ", paragraph) if s]
    if register == "dense":
        # one sentence, its clauses joined by semicolons, in longer words
        joined = "; ".join(sentence.removesuffix(".") for sentence in sentences) + "."
        return re.sub(r"\b[a-z]+\b", lambda m: LONGER_WORDS.get(m.group(), m.group()), joined)
    out = []
    for sentence in sentences:
        parts = sentence.split(", ")
        # cut at a comma only where both sides are a clause of five words or more
        if len(parts) == 2 and all(len(part.split()) >= 5 for part in parts):
            sentence = f"{parts[0]}. {parts[1]}"
        out.append(sentence)
    return " ".join(out)


def _code_flags(rng: random.Random, n_sections: int, needs: Needs, available: int) -> list[bool]:
    """Which sections end with a code block (about 40% do, like the seeds)."""
    flags = [rng.random() < 0.4 for _ in range(n_sections)]
    upper = min(needs.max_code, n_sections, available)
    while sum(flags) > upper:
        flags[rng.choice([i for i, f in enumerate(flags) if f])] = False
    while sum(flags) < needs.min_code:
        flags[rng.choice([i for i, f in enumerate(flags) if not f])] = True
    return flags


def _build_sections(rng: random.Random, needs: Needs, stack: Stack, fw: Framework, ident: int) -> list[Section]:
    size, register = _style(ident)
    counts = _paragraph_counts(rng, needs, size)
    headings = rng.sample(HEADINGS, len(counts))
    sentences = PLAIN_SENTENCES if register == "plain" else SENTENCES
    pool = [_in_register(p, register) for p in _paragraphs(rng, sum(counts), sentences)]
    code_flags = _code_flags(rng, len(counts), needs, len(fw.snippets))
    snippets = iter(rng.sample(fw.snippets, sum(code_flags)))
    sections = []
    for heading, count, has_code in zip(headings, counts, code_flags, strict=True):
        paragraphs, pool = pool[:count], pool[count:]
        code = next(snippets).split("\n") if has_code else None
        sections.append(Section(heading, paragraphs, code))
    _append_shared_sentences(rng, sections, stack)
    return sections


def _append_shared_sentences(rng: random.Random, sections: list[Section], stack: Stack) -> None:
    """Add the seeds' recurring sentences: the owner note once or twice (twice is
    the natural DUP005), the alphanode note at most once, never on the same paragraph."""
    slots = [(si, pi) for si, s in enumerate(sections) for pi in range(len(s.paragraphs))]
    rng.shuffle(slots)
    n_owner = min(len(slots), rng.choice((1, 1, 2)))
    owner = OWNER_SENTENCE.format(stack=stack.name)
    for si, pi in slots[:n_owner]:
        sections[si].paragraphs[pi] += " " + owner
    if len(slots) > n_owner and rng.random() < 0.6:
        si, pi = slots[n_owner]
        sections[si].paragraphs[pi] += " " + ALPHANODE_SENTENCE


def _pick_image(rng: random.Random, needs: Needs, ident: int) -> tuple[str, str]:
    source = needs.source or ("unsplash" if rng.random() < 0.6 else "picsum.photos")
    url = rng.choice(UNSPLASH_URLS) if source == "unsplash" else picsum_url(ident)
    return source, url


def _build_meta(rng: random.Random, d: Draft, source: str, url: str, action: str) -> list[MetaField]:
    stack, ident = d.stack, d.ident
    assert d.checklist is not None
    scores = [f"{k}: {rng.randint(50, 99)}" for k in ("quality", "freshness", "depth", "clarity")]
    register = _style(ident)[1]
    status = rng.choice(STATUSES[register])
    revision = [
        f"status: {status}",
        f"version: {rng.randint(0, 2)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        f"last reviewed: {_review_date(rng, register)}",
    ]
    flags = ["ai generated style: 1", "has images: 1", "image heavy: 0"]
    flags.append(f"needs human review: {rng.randint(0, 1)}")
    return [
        MetaField("topic", f"{d.problem} / {stack.name}"),
        MetaField("summary", SUMMARY.format(problem=d.problem, stack=stack.name)),
        MetaField(
            "ai outline",
            items=[
                f"context: {d.scenario}",
                f"problem: {d.problem}",
                f"stack: {stack.name}",
                f"recommended action: {action}",
            ],
        ),
        MetaField("ai brief", AI_BRIEF),
        MetaField("stack", items=[stack.name, stack.area, stack.language]),
        MetaField("tools", items=list(d.framework.tools)),
        MetaField("code language", stack.language),
        MetaField("difficulty", rng.choice(("beginner", "intermediate", "advanced"))),
        MetaField("reading time", str(rng.randint(4, 12))),
        MetaField("view count", str(rng.randint(1_000, 600_000))),
        MetaField("score", items=scores),
        MetaField("revision", items=revision),
        MetaField("reference", f"anp-ref-{ident:06d}-{rng.randint(1000, 9999)}"),
        MetaField("hash", f"{rng.getrandbits(96):024x}"),
        MetaField("flags", items=flags),
        MetaField("checklist", items=list(d.checklist)),
        MetaField(
            "entities",
            items=[
                f"name: {stack.name}",
                "type: stack",
                f"name: {stack.area}",
                "type: area",
                f"name: {d.problem}",
                "type: problem",
            ],
            indent="    ",
        ),
        MetaField(
            "image sources",
            items=[f"source: {source}", f"url: {url}", f"caption: {d.caption}"],
            indent="    ",
        ),
        MetaField(
            "payload",
            items=[
                f"source id: alphanode-{ident:06d}",
                "generator: anp content synthesizer",
                f"paragraphs: {d.prose_count()}",
                f"scenario: {d.scenario}",
                f"seed: {ident}",
            ],
        ),
        MetaField("notes", items=list(NOTES)),
    ]


def build_clean(rng: random.Random, ident: int, needs: Needs | None = None) -> Draft:
    """A clean article that satisfies every fact in FORMAT.md and ``needs``."""
    needs = needs or Needs()
    stack = STACK_BY_NAME[needs.stack] if needs.stack else rng.choice(STACKS)
    framework = rng.choice(stack.frameworks)
    problem, scenario = rng.choice(PROBLEMS), rng.choice(SCENARIOS)
    title_template = rng.choice(TITLE_TEMPLATES)
    fill = {"problem": problem, "stack": stack.name, "scenario": scenario}
    breadcrumb = rng.choice(("|", "| |", "| | |"))
    if not needs.breadcrumb and rng.random() < 0.1:
        breadcrumb = None
    source, url = _pick_image(rng, needs, ident)
    caption = f"{problem} with {stack.name} visual reference 1"
    d = Draft(
        stack=stack,
        framework=framework,
        problem=problem,
        scenario=scenario,
        ident=ident,
        title_template=title_template,
        breadcrumb=breadcrumb,
        title=title_template.format(**fill),
        intro=rng.choice(INTRO_TEMPLATES).format(**fill),
        caption=caption,
        body_source=source,
        sections=_build_sections(rng, needs, stack, framework, ident),
        checklist=rng.sample(CHECKLIST_ITEMS, rng.randint(needs.min_checklist, 6)),
        final_notes=FINAL_NOTES.format(stack=stack.name),
        meta=None,
    )
    d.meta = _build_meta(rng, d, source, url, rng.choice(RECOMMENDED_ACTIONS))
    return d


def render(d: Draft) -> str:
    """The article text with ``\\n`` line ends and no newline after the trailer."""
    if d.raw_text is not None:
        return d.raw_text
    out: list[str] = []
    if d.breadcrumb is not None:
        out += [d.breadcrumb, ""]
    if d.title is not None:
        out += [d.title, ""]
    out += [d.intro, "", d.caption, f"{d.caption}. image source: {d.body_source}", ""]
    for section in d.sections:
        out += [section.heading, ""]
        for paragraph in section.paragraphs:
            out += [paragraph, ""]
        if section.code:
            out += [*section.code, ""]
    if d.checklist is not None:
        out += ["implementation checklist", ""]
        if d.checklist:
            out += [*(f"  {BULLET} {item}" for item in d.checklist), ""]
    if d.final_notes is not None:
        out += ["final notes", "", d.final_notes, ""]
    if d.meta is not None:
        out += ["alphanode post meta", ""]
        for meta_field in d.meta:
            out += meta_field.lines()
        out.append("")
    out.append("Similar Posts")
    text = "\n".join(out)
    if d.after_trailer is not None:
        text += "\n\n" + d.after_trailer
    return text


# ---------------------------------------------------------------------------
# Defects: each case edits a clean draft (or replaces its bytes) minimally
# ---------------------------------------------------------------------------

Edit = Callable[[Draft, random.Random], None]
Encode = Callable[[str, random.Random], bytes]


@dataclass(frozen=True)
class Case:
    code: str
    name: str
    edit: Edit
    allow: tuple[str, ...] = ()
    needs: Needs = Needs()
    encode: Encode | None = None  # bytes other than plain UTF-8
    opaque: bool = False  # the bytes carry no article: no stack, no noise


def _noop(d: Draft, rng: random.Random) -> None:
    pass


def _sentences(paragraph: str) -> list[str]:
    parts = paragraph.split(". ")
    return [p if p.endswith(".") else p + "." for p in parts]


def _body_slots(d: Draft) -> list[tuple[int, int]]:
    return [(si, pi) for si, s in enumerate(d.sections) for pi in range(len(s.paragraphs))]


def _other(rng: random.Random, choices: tuple[str, ...], current: str) -> str:
    return rng.choice([c for c in choices if c != current])


def _insert_between_fields(d: Draft, rng: random.Random, new: MetaField) -> None:
    assert d.meta is not None
    d.meta.insert(rng.randint(1, len(d.meta) - 1), new)


# STR001 ---------------------------------------------------------------------


def _whitespace_bytes(text: str, rng: random.Random) -> bytes:
    return "".join(rng.choice((" ", "\t", "\n", "\r\n")) for _ in range(rng.randint(1, 40))).encode()


def _binary_bytes(text: str, rng: random.Random) -> bytes:
    data = bytearray(rng.randbytes(rng.randint(64, 2048)))
    for _ in range(rng.randint(3, 12)):
        data[rng.randrange(len(data))] = 0
    return bytes(data)


def _nul_bytes(text: str, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(1, len(text))
        text = text[:at] + "\x00" + text[at:]
    return text.encode("utf-8")


def _add_accents(d: Draft, rng: random.Random) -> None:
    d.intro += " " + rng.choice(ACCENTED_SENTENCES)


def _latin1_bytes(text: str, rng: random.Random) -> bytes:
    # cp1252 is the Latin-1 that real Windows exports use; plain latin-1 has no
    # bullet (U+2022), which every article needs. é/ü are the same byte in both.
    return text.encode("cp1252")


def _utf16_bytes(text: str, rng: random.Random) -> bytes:
    return b"\xff\xfe" + text.encode("utf-16-le")


def _no_structure(d: Draft, rng: random.Random) -> None:
    d.raw_text = "\n\n".join(rng.sample(PARAGRAPHS, rng.randint(2, 4))) + "\n"


# STR002-STR005 -----------------------------------------------------------------


def _drop_title(d: Draft, rng: random.Random) -> None:
    d.title = None


def _drop_final_notes(d: Draft, rng: random.Random) -> None:
    d.final_notes = None


def _drop_meta(d: Draft, rng: random.Random) -> None:
    d.meta = None


def _empty_heading(d: Draft, rng: random.Random) -> None:
    at = rng.randint(0, len(d.sections))
    d.sections.insert(at, Section(rng.choice(EMPTY_HEADINGS), []))


def _empty_existing_section(d: Draft, rng: random.Random) -> None:
    section = rng.choice(d.sections)
    section.paragraphs, section.code = [], None
    d.sync_paragraph_count()


def _prose_in_meta(d: Draft, rng: random.Random) -> None:
    _insert_between_fields(d, rng, MetaField("", rng.choice(STRAY_META_SENTENCES)))


def _after_trailer(d: Draft, rng: random.Random) -> None:
    d.after_trailer = rng.choice(TRAILER_PARAGRAPHS)


# DUP ----------------------------------------------------------------------------


def _copy_later(d: Draft, rng: random.Random, make_copy: Callable[[str], str]) -> None:
    """Copy a paragraph of an earlier section into a later one (payload kept true)."""
    si, pi = rng.choice([(si, pi) for si, pi in _body_slots(d) if si < len(d.sections) - 1])
    target = d.sections[rng.randrange(si + 1, len(d.sections))]
    copy = make_copy(d.sections[si].paragraphs[pi])
    target.paragraphs.insert(rng.randint(0, len(target.paragraphs)), copy)
    d.sync_paragraph_count()


def _exact_copy(d: Draft, rng: random.Random) -> None:
    _copy_later(d, rng, lambda p: p)


def _case_variant(d: Draft, rng: random.Random) -> None:
    _copy_later(d, rng, lambda p: ". ".join(s[:1].upper() + s[1:] for s in p.split(". ")))


def _spacing_variant(d: Draft, rng: random.Random) -> None:
    def widen(p: str) -> str:
        words = p.split(" ")
        for i in rng.sample(range(1, len(words)), 2):
            words[i] = " " + words[i]
        return " ".join(words)

    _copy_later(d, rng, widen)


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def near_duplicate(paragraph: str, rng: random.Random) -> str:
    """Change one or two words; checked to stay >= 90 similar and not identical."""
    words = paragraph.split(" ")
    candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4]
    for _ in range(20):
        changed = list(words)
        for i in rng.sample(candidates, min(len(candidates), rng.randint(1, 2))):
            swap = WORD_SWAPS.get(changed[i]) or rng.choice(FALLBACK_SWAPS)
            changed[i] = swap if swap != changed[i] else changed[i] + "s"
        copy = " ".join(changed)
        a, b = _normalise(paragraph), _normalise(copy)
        if a != b and fuzz.ratio(a, b) >= 90:
            return copy
    raise RuntimeError(f"no near-duplicate found for {paragraph!r}")


def _near_copy(d: Draft, rng: random.Random) -> None:
    _copy_later(d, rng, lambda p: near_duplicate(p, rng))


def _repeat_code(d: Draft, rng: random.Random) -> None:
    source = next(s for s in d.sections if s.code)
    target = rng.choice([s for s in d.sections if not s.code])
    target.code = list(source.code or [])


def _repeat_sentence(d: Draft, rng: random.Random) -> None:
    shared = {OWNER_SENTENCE.format(stack=d.stack.name), ALPHANODE_SENTENCE}
    slots = _body_slots(d)
    rng.shuffle(slots)
    for src in slots:
        paragraph = d.sections[src[0]].paragraphs[src[1]]
        candidates = [s for s in _sentences(paragraph) if len(s.split()) >= 8 and s not in shared]
        if candidates:
            dst = rng.choice([slot for slot in slots if slot != src])
            d.sections[dst[0]].paragraphs[dst[1]] += " " + rng.choice(candidates)
            return
    raise RuntimeError("no repeatable sentence")


# CHK ----------------------------------------------------------------------------


def _drop_checklist(d: Draft, rng: random.Random) -> None:
    d.checklist = None


def _empty_checklist(d: Draft, rng: random.Random) -> None:
    d.checklist = []


def _change_meta_item(d: Draft, rng: random.Random) -> None:
    items = d.field("checklist").items
    items[rng.randrange(len(items))] = rng.choice(CHANGED_CHECKLIST_ITEMS)


def _remove_meta_item(d: Draft, rng: random.Random) -> None:
    items = d.field("checklist").items
    del items[rng.randrange(len(items))]


def _reorder_meta_items(d: Draft, rng: random.Random) -> None:
    items = d.field("checklist").items
    i = rng.randrange(len(items) - 1)
    items[i], items[i + 1] = items[i + 1], items[i]


def _repeat_item(d: Draft, rng: random.Random) -> None:
    assert d.checklist is not None
    i = rng.randrange(len(d.checklist))
    at = rng.randint(i + 1, len(d.checklist))
    d.checklist.insert(at, d.checklist[i])
    d.field("checklist").items = list(d.checklist)


def _short_checklist(d: Draft, rng: random.Random) -> None:
    assert d.checklist is not None
    d.checklist = d.checklist[:2]
    d.field("checklist").items = list(d.checklist)


# IMG ----------------------------------------------------------------------------


def _url_edit(change: Callable[[str, random.Random], str]) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        record = d.field("image sources")
        record.set("url", change(record.get("url"), rng))

    return edit


def _space_in_url(url: str, rng: random.Random) -> str:
    at = rng.randrange(url.index("/photo") + 2, url.index("?"))
    return url[:at] + " " + url[at:]


def _empty_host(url: str, rng: random.Random) -> str:
    return "https:///" + url.split("/", 3)[3]


def _host_mismatch(d: Draft, rng: random.Random) -> None:
    d.field("image sources").set("url", picsum_url(d.ident))


def _body_source_differs(d: Draft, rng: random.Random) -> None:
    d.body_source = "picsum.photos" if d.body_source == "unsplash" else "unsplash"


def _drop_record_key(key: str) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        d.field("image sources").drop(key)

    return edit


def _caption_number(d: Draft, rng: random.Random) -> str:
    return d.caption.replace("visual reference 1", f"visual reference {rng.randint(2, 4)}")


def _meta_caption_differs(d: Draft, rng: random.Random) -> None:
    d.field("image sources").set("caption", _caption_number(d, rng))


def _body_caption_differs(d: Draft, rng: random.Random) -> None:
    d.caption = _caption_number(d, rng)


def _pexels(d: Draft, rng: random.Random) -> None:
    record = d.field("image sources")
    record.set("source", "pexels")
    record.set("url", pexels_url(rng.randint(1_000_000, 9_999_999)))
    d.body_source = "pexels"


# META ---------------------------------------------------------------------------


def _drop_field(label: str) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        assert d.meta is not None
        del d.meta[d.field_index(label)]

    return edit


def _unknown_field(label: str, values: tuple[str, ...]) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        _insert_between_fields(d, rng, MetaField(label, rng.choice(values)))

    return edit


def _set_scalar(label: str, values: Callable[[Draft, random.Random], str]) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        d.field(label).value = values(d, rng)

    return edit


def _set_item(label: str, key: str, values: Callable[[Draft, random.Random], str]) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        d.field(label).set(key, values(d, rng))

    return edit


def _bad_date(d: Draft, rng: random.Random) -> str:
    month, day = rng.choice(((2, 30), (2, 31), (4, 31), (6, 31), (13, 5), (11, 31)))
    return f"{rng.randint(2021, 2024)}-{month:02d}-{day:02d}"


def _upper_hash(d: Draft, rng: random.Random) -> str:
    value = d.field("hash").value or ""
    # An all-digit hash has no case to change: force a letter in.
    return value.upper() if re.search("[a-f]", value) else "ABCDEF" + value[6:]


def _bad_score(d: Draft, rng: random.Random) -> None:
    key = rng.choice(("quality", "freshness", "depth", "clarity"))
    d.field("score").set(key, str(rng.randint(101, 150)))


def _bad_flag(d: Draft, rng: random.Random) -> None:
    # A flag no other rule reads, so only the value check can object.
    key = rng.choice(("ai generated style", "needs human review"))
    d.field("flags").set(key, rng.choice(("2", "yes")))


def _bad_reference(d: Draft, rng: random.Random) -> str:
    return f"anp-ref-{d.ident % 100_000:05d}-{rng.randint(0, 9)}"


def _title_other_stack(d: Draft, rng: random.Random) -> None:
    other = _other(rng, tuple(STACK_BY_NAME), d.stack.name)
    d.title = d.title_template.format(problem=d.problem, stack=other, scenario=d.scenario)


def _topic_other_problem(d: Draft, rng: random.Random) -> None:
    d.field("topic").value = f"{_other(rng, PROBLEMS, d.problem)} / {d.stack.name}"


def _summary_other_problem(d: Draft, rng: random.Random) -> None:
    other = _other(rng, PROBLEMS, d.problem)
    d.field("summary").value = SUMMARY.format(problem=other, stack=d.stack.name)


def _entity_other_problem(d: Draft, rng: random.Random) -> None:
    entities = d.field("entities")
    entities.items = [
        f"name: {_other(rng, PROBLEMS, d.problem)}" if item == f"name: {d.problem}" else item for item in entities.items
    ]


def _other_ident(d: Draft, rng: random.Random) -> int:
    return (d.ident + rng.randint(1, 5000)) % 1_000_000 or 1


def _count_off(sign: int) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        value = max(1, d.prose_count() + sign * rng.randint(1, 3))
        if value == d.prose_count():  # only possible going down from a tiny count
            value += 1
        d.field("payload").set("paragraphs", str(value))

    return edit


def _comma_joined(d: Draft, rng: random.Random) -> None:
    tools = d.field("tools")
    tools.value, tools.items = ", ".join(tools.items), []


def _single_item_commas(d: Draft, rng: random.Random) -> None:
    tools = d.field("tools")
    tools.items = [", ".join(tools.items)]


def _future_review(d: Draft, rng: random.Random) -> None:
    d.field("revision").set("last reviewed", _random_date(rng, date(2026, 12, 1), date(2028, 6, 30)))


def _conflicting_value(label: str, value: str, rng: random.Random) -> str:
    """A different but still valid value, so only the duplication is wrong."""
    if label == "difficulty":
        return _other(rng, ("beginner", "intermediate", "advanced"), value)
    if label == "view count":
        return str(int(value) + rng.randint(1, 9999))
    if label == "reading time":
        return str(int(value) + 1 if int(value) < 12 else 4)
    return f"{rng.getrandbits(96):024x}"


def _duplicate_scalar(conflicting: bool) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        assert d.meta is not None
        label = rng.choice(("difficulty", "view count", "hash", "reading time"))
        index = d.field_index(label)
        value = d.meta[index].value or ""
        if conflicting:
            value = _conflicting_value(label, value, rng)
            d.meta.insert(rng.randint(index + 1, len(d.meta)), MetaField(label, value))
        else:
            d.meta.insert(index + 1, MetaField(label, value))

    return edit


def break_python(lines: list[str], case: str, rng: random.Random) -> list[str]:
    """Return the snippet with one syntax error, verified with ``ast.parse``."""
    if case == "missing-colon":
        starts = ("def ", "async def ", "class ", "if ")
        spots = [i for i, ln in enumerate(lines) if ln.strip().startswith(starts) and ln.endswith(":")]
    else:
        spots = [i for i, ln in enumerate(lines) if ln.endswith(")") and "(" in ln]
    rng.shuffle(spots)
    for i in spots:
        broken = list(lines)
        broken[i] = broken[i][:-1]
        try:
            ast.parse("\n".join(broken))
        except SyntaxError:
            return broken
    raise RuntimeError(f"cannot apply {case} to {lines!r}")


def _syntax_error(case: str) -> Edit:
    def edit(d: Draft, rng: random.Random) -> None:
        with_code = [s for s in d.sections if s.code]
        for section in rng.sample(with_code, len(with_code)):
            try:
                section.code = break_python(section.code or [], case, rng)
                return
            except RuntimeError:
                continue
        # No snippet in the article breaks that way (no def line, say): use an
        # unused snippet of the same framework that has, so tools still fit.
        used = {"\n".join(s.code) for s in d.sections if s.code}
        spare = [sn for sn in d.framework.snippets if sn not in used]
        section = rng.choice(with_code)
        for snippet in rng.sample(spare, len(spare)):
            try:
                section.code = break_python(snippet.split("\n"), case, rng)
                return
            except RuntimeError:
                continue
        raise RuntimeError(f"no {d.framework.name} snippet supports {case}")

    return edit


# ---------------------------------------------------------------------------
# The case table: every code, every case, its side effects and prerequisites
# ---------------------------------------------------------------------------

TWO_SECTIONS = Needs(min_sections=2)
UNSPLASH = Needs(source="unsplash")
PYTHON_CODE = Needs(stack="python services", min_code=1)


def _cases() -> tuple[Case, ...]:
    c = Case
    return (
        c("STR001", "empty", _noop, encode=lambda t, r: b"", opaque=True),
        c("STR001", "whitespace-only", _noop, encode=_whitespace_bytes, opaque=True),
        c("STR001", "binary", _noop, encode=_binary_bytes, opaque=True),
        c("STR001", "nul-bytes", _noop, encode=_nul_bytes),
        c("STR001", "latin1", _add_accents, encode=_latin1_bytes),
        c("STR001", "utf16", _noop, encode=_utf16_bytes),
        # Without any structure the missing title, sections and checklist are real too.
        c("STR001", "no-structure", _no_structure, allow=("STR002", "STR003", "CHK001")),
        # The intro becomes the first line: it cannot name the topic like a title.
        c("STR002", "no-title", _drop_title, allow=("META004",), needs=Needs(breadcrumb=True)),
        c("STR003", "no-final-notes", _drop_final_notes),
        c("STR003", "no-meta", _drop_meta),
        c("STR004", "heading-without-body", _empty_heading),
        c("STR004", "emptied-section", _empty_existing_section, needs=TWO_SECTIONS),
        c("STR005", "prose-in-meta", _prose_in_meta),
        c("STR005", "after-trailer", _after_trailer),
        # A copied paragraph repeats all of its sentences too.
        c("DUP001", "exact-copy", _exact_copy, allow=("DUP005",), needs=TWO_SECTIONS),
        c("DUP001", "case-variant", _case_variant, allow=("DUP005",), needs=TWO_SECTIONS),
        c("DUP001", "spacing-variant", _spacing_variant, allow=("DUP005",), needs=TWO_SECTIONS),
        c("DUP002", "near-duplicate", _near_copy, allow=("DUP005",), needs=TWO_SECTIONS),
        c("DUP003", "repeated-code-block", _repeat_code, needs=Needs(min_sections=2, min_code=1, max_code=1)),
        c("DUP005", "repeated-sentence", _repeat_sentence, needs=Needs(min_paragraphs=2)),
        # Without a body checklist the meta checklist has nothing to match.
        c("CHK001", "no-checklist-section", _drop_checklist, allow=("CHK003", "STR003")),
        c("CHK002", "no-items", _empty_checklist, allow=("CHK003", "STR004")),
        c("CHK003", "item-changed", _change_meta_item),
        c("CHK003", "item-removed", _remove_meta_item, needs=Needs(min_checklist=4)),
        c("CHK003", "items-reordered", _reorder_meta_items),
        c("CHK004", "repeated-item", _repeat_item),
        c("CHK005", "two-items", _short_checklist),
        c(
            "IMG001",
            "misspelt-scheme",
            _url_edit(lambda u, r: u.replace("https://", r.choice(("htps://", "htttps://")))),
            needs=UNSPLASH,
        ),
        # A url with no parsable host cannot match its source's host.
        c(
            "IMG001",
            "missing-colon",
            _url_edit(lambda u, r: u.replace("https://", "https//")),
            allow=("IMG003",),
            needs=UNSPLASH,
        ),
        c("IMG001", "space-in-url", _url_edit(_space_in_url), needs=UNSPLASH),
        c("IMG001", "empty-host", _url_edit(_empty_host), allow=("IMG003",), needs=UNSPLASH),
        c(
            "IMG001",
            "no-scheme",
            _url_edit(lambda u, r: u.removeprefix("https://")),
            allow=("IMG003",),
            needs=UNSPLASH,
        ),
        c("IMG002", "http-scheme", _url_edit(lambda u, r: u.replace("https://", "http://"))),
        c("IMG003", "host-mismatch", _host_mismatch, needs=UNSPLASH),
        c("IMG003", "body-source-differs", _body_source_differs),
        c("IMG004", "no-url", _drop_record_key("url")),
        c("IMG004", "no-caption", _drop_record_key("caption"), allow=("IMG005",)),
        c("IMG004", "no-source", _drop_record_key("source"), allow=("IMG003",)),
        c("IMG005", "meta-caption-differs", _meta_caption_differs),
        c("IMG005", "body-caption-differs", _body_caption_differs),
        c("IMG007", "pexels", _pexels),
        *(
            c("META001", f"no-{label.replace(' ', '-')}", _drop_field(label))
            for label in (
                "hash",
                "reading time",
                "tools",
                "difficulty",
                "view count",
                "summary",
                "payload",
                "flags",
            )
        ),
        c("META002", "author", _unknown_field("author", ("jane doe", "sam lee", "alex kim"))),
        c(
            "META002",
            "canonical",
            _unknown_field("canonical", ("https://example.com/x", "https://example.com/posts/1")),
        ),
        c("META003", "bad-date", _set_item("revision", "last reviewed", _bad_date)),
        c(
            "META003",
            "bad-version",
            _set_item("revision", "version", lambda d, r: f"{r.randint(0, 2)}.{r.randint(0, 9)}"),
        ),
        c("META003", "bad-hash-uppercase", _set_scalar("hash", _upper_hash)),
        c("META003", "bad-hash-length", _set_scalar("hash", lambda d, r: f"{r.getrandbits(80):020x}")),
        c("META003", "score-out-of-range", _bad_score),
        c("META003", "bad-flag", _bad_flag),
        c("META003", "bad-difficulty", _set_scalar("difficulty", lambda d, r: "expert")),
        c("META003", "bad-status", _set_item("revision", "status", lambda d, r: "archived")),
        c("META003", "bad-reading-time", _set_scalar("reading time", lambda d, r: r.choice(("0", "ten")))),
        c("META003", "bad-view-count", _set_scalar("view count", lambda d, r: f"-{r.randint(1, 99)}")),
        # The reference's id no longer has six digits to compare with the payload.
        c("META003", "bad-reference", _set_scalar("reference", _bad_reference), allow=("META005",)),
        c("META004", "topic-other-problem", _topic_other_problem),
        c("META004", "title-other-stack", _title_other_stack),
        c("META004", "summary-other-problem", _summary_other_problem),
        c("META004", "entity-other-problem", _entity_other_problem),
        c("META005", "seed-differs", _set_item("payload", "seed", lambda d, r: str(_other_ident(d, r)))),
        c(
            "META005",
            "source-id-differs",
            _set_item("payload", "source id", lambda d, r: f"alphanode-{_other_ident(d, r):06d}"),
        ),
        c(
            "META005",
            "picsum-seed-differs",
            _set_item("image sources", "url", lambda d, r: picsum_url(_other_ident(d, r))),
            needs=Needs(source="picsum.photos"),
        ),
        c("META006", "count-high", _count_off(+1)),
        c("META006", "count-low", _count_off(-1)),
        c("META008", "has-images-0", _set_item("flags", "has images", lambda d, r: "0")),
        c("META008", "image-heavy-1", _set_item("flags", "image heavy", lambda d, r: "1")),
        c("META009", "comma-joined", _comma_joined),
        c("META009", "single-item-commas", _single_item_commas),
        c("META011", "future-review-date", _future_review),
        c(
            "META013",
            "javascript-for-python",
            _set_scalar("code language", lambda d, r: "javascript"),
            needs=PYTHON_CODE,
        ),
        # Code declared python gets parsed as python, and php does not parse.
        c(
            "META013",
            "python-for-php",
            _set_scalar("code language", lambda d, r: "python"),
            allow=("CODE001",),
            needs=Needs(stack="php applications", min_code=1),
        ),
        c("META014", "repeated-line", _duplicate_scalar(conflicting=False)),
        c("META014", "conflicting-value", _duplicate_scalar(conflicting=True)),
        c("CODE001", "missing-colon", _syntax_error("missing-colon"), needs=PYTHON_CODE),
        c("CODE001", "unclosed-paren", _syntax_error("unclosed-paren"), needs=PYTHON_CODE),
    )


CASES = _cases()
CODES = tuple(dict.fromkeys(case.code for case in CASES))

# ---------------------------------------------------------------------------
# Format noise: changes bytes, never meaning
# ---------------------------------------------------------------------------

NOISE_KINDS = ("crlf", "mixed-eol", "bom", "trailing-spaces", "nbsp")


def _choose_noise(rng: random.Random, rate: float, allowed: tuple[str, ...]) -> list[str]:
    if not allowed or rng.random() >= rate:
        return []
    picked = set(rng.sample(allowed, min(len(allowed), rng.choice((1, 1, 2)))))
    if {"crlf", "mixed-eol"} <= picked:  # one line-ending style per file
        picked.discard(rng.choice(("crlf", "mixed-eol")))
    return [kind for kind in NOISE_KINDS if kind in picked]


def _with_nbsp(text: str, protected: tuple[str, ...], rng: random.Random) -> str:
    """Swap one space for U+00A0, never inside the problem or stack name, which
    other parts must repeat verbatim."""
    banned: set[int] = set()
    for phrase in protected:
        start = text.find(phrase)
        while start != -1:
            banned.update(range(start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    spaces = [i for i, ch in enumerate(text) if ch == " " and i not in banned]
    if not spaces:
        return text
    at = rng.choice(spaces)
    return text[:at] + NBSP + text[at + 1 :]


def _add_nbsp(d: Draft, rng: random.Random) -> None:
    protected = (d.problem, d.stack.name)
    slots: list[tuple[int, int]] = [(-1, 0), *_body_slots(d)]
    for si, pi in rng.sample(slots, min(len(slots), rng.randint(1, 2))):
        if si == -1:
            d.intro = _with_nbsp(d.intro, protected, rng)
        else:
            paragraphs = d.sections[si].paragraphs
            paragraphs[pi] = _with_nbsp(paragraphs[pi], protected, rng)


def _add_trailing_spaces(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    # Not the last line: "Similar Posts" (or a stray paragraph) closes the file.
    candidates = [i for i, line in enumerate(lines[:-1]) if line]
    for i in rng.sample(candidates, min(len(candidates), rng.randint(2, 8))):
        lines[i] += rng.choice((" ", "  ", "\t", " \t", "   "))
    return "\n".join(lines)


def _mixed_eol(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    if len(lines) < 3:
        return text.replace("\n", "\r\n")
    ends = [rng.random() < 0.3 for _ in lines[:-1]]
    ends[rng.randrange(len(ends))] = True  # at least one CRLF ...
    ends[rng.randrange(len(ends))] = False  # ... and at least one LF (or the same line: LF)
    if not any(ends):
        ends[0] = True
    out = [line + ("\r\n" if crlf else "\n") for line, crlf in zip(lines, ends, strict=False)]
    return "".join(out) + lines[-1]


def _apply_text_noise(text: str, noise: list[str], rng: random.Random) -> str:
    if "trailing-spaces" in noise:
        text = _add_trailing_spaces(text, rng)
    if "crlf" in noise:
        text = text.replace("\n", "\r\n")
    if "mixed-eol" in noise:
        text = _mixed_eol(text, rng)
    return text


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


class _Deck:
    """Cases drawn uniformly, but from a shuffled deck so that every case shows
    up once per len(CASES) defects instead of only on average."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._cards: list[Case] = []

    def draw(self) -> Case:
        if not self._cards:
            self._cards = list(CASES)
            self._rng.shuffle(self._cards)
        return self._cards.pop()


def _ident_sequence(rng: random.Random) -> Callable[[int], int]:
    """Distinct 6-digit ids (1000..999999) for the first 999,000 articles: an
    affine permutation, so no set of used ids has to be kept in memory."""
    modulus = 999_000
    step = rng.randrange(1, modulus)
    while math.gcd(step, modulus) != 1:
        step = rng.randrange(1, modulus)
    offset = rng.randrange(modulus)
    return lambda index: 1000 + (step * index + offset) % modulus


def _make_article(index: int, ident: int, case: Case | None, rng: random.Random, noise_rate: float) -> GeneratedArticle:
    needs = case.needs if case else Needs()
    d = build_clean(rng, ident, needs)
    if case:
        case.edit(d, rng)
    allowed = NOISE_KINDS
    if case and case.opaque:
        allowed = ()
    elif case and case.encode:
        allowed = tuple(k for k in allowed if k != "bom")  # a UTF-8 BOM on non-UTF-8 bytes
    if d.raw_text is not None:
        allowed = tuple(k for k in allowed if k != "nbsp")
    noise = _choose_noise(rng, noise_rate, allowed)
    if "nbsp" in noise:
        _add_nbsp(d, rng)
    text = _apply_text_noise(render(d), noise, rng)
    if case and case.encode:
        data = case.encode(text, rng)
    else:
        data = ("\ufeff" if "bom" in noise else "").encode() + text.encode("utf-8")
    digest = hashlib.blake2b(data, digest_size=8).hexdigest()
    defects = [Defect(case.code, case.name, list(case.allow))] if case else []
    opaque = bool(case and case.opaque)
    natural = [] if case else expected_natural(d)
    return GeneratedArticle(
        name=f"{index:05d}_{digest}.txt",
        data=data,
        defects=defects,
        noise=noise,
        stack="" if opaque else d.stack.name,
        code_language="" if opaque else d.stack.language,
        natural=natural,
    )


def expected_natural(d: Draft) -> list[str]:
    """The natural findings a clean article must get, from what the draft holds:
    the breadcrumb (STR006), a review date over 730 days old (META012), the
    owner sentence on two paragraphs (DUP005), and a reading time at least
    half a minute beyond META007's tolerance (closer calls are not judged)."""
    out = []
    if d.breadcrumb is not None:
        out.append("STR006")
    words = len(render(d).split("alphanode post meta")[0].split())
    expected = words / 230
    declared = int(d.field("reading time").value or 0)
    if abs(declared - expected) > max(1.0, 0.5 * expected) + 0.5:
        out.append("META007")
    reviewed = date.fromisoformat(d.field("revision").get("last reviewed") or AS_OF)
    if (date.fromisoformat(AS_OF) - reviewed).days > 730:
        out.append("META012")
    owner = OWNER_SENTENCE.format(stack=d.stack.name)
    if sum(p.count(owner) for s in d.sections for p in s.paragraphs) >= 2:
        out.append("DUP005")
    return sorted(out)


def generate(
    count: int, seed: int = 0, defect_rate: float = 0.5, noise_rate: float = 0.3
) -> Iterator[GeneratedArticle]:
    """Yield ``count`` articles; the same arguments always give the same bytes."""
    if count < 0:
        raise ValueError("count must be >= 0")
    for name, rate in (("defect_rate", defect_rate), ("noise_rate", noise_rate)):
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"{name} must be between 0 and 1, got {rate}")
    master = random.Random(seed)
    ident_of = _ident_sequence(master)
    deck = _Deck(master)
    for index in range(count):
        case = deck.draw() if master.random() < defect_rate else None
        rng = random.Random(master.getrandbits(64))
        yield _make_article(index, ident_of(index), case, rng, noise_rate)


def _manifest_entry(article: GeneratedArticle) -> dict[str, object]:
    return {
        "path": article.name,
        "stack": article.stack,
        "code_language": article.code_language,
        "noise": article.noise,
        "defects": [{"code": d.code, "case": d.case, "allow": d.allow} for d in article.defects],
        "natural": article.natural,
    }


def _clear_previous(out_dir: Path) -> None:
    """Remove a previous run's files (only names this generator writes), so a
    smaller rerun into the same directory leaves no stale articles behind."""
    for path in out_dir.iterdir():
        if path.is_file() and (ARTICLE_NAME.match(path.name) or path.name == MANIFEST_NAME):
            path.unlink()


def write_corpus(
    out_dir: str | os.PathLike[str],
    count: int,
    seed: int = 0,
    defect_rate: float = 0.5,
    noise_rate: float = 0.3,
) -> Path:
    """Write the articles and manifest.json into ``out_dir``; return the manifest path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_previous(out)
    header = {
        "generator": GENERATOR,
        "version": MANIFEST_VERSION,
        "seed": seed,
        "count": count,
        "as_of": AS_OF,
        "natural": list(NATURAL),
        "defect_rate": defect_rate,
        "noise_rate": noise_rate,
    }
    manifest = out / MANIFEST_NAME
    partial = out / (MANIFEST_NAME + ".partial")
    # The manifest is streamed too: the header, then one article per line.
    with partial.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(header)[:-1] + ', "articles": [')
        for n, article in enumerate(generate(count, seed, defect_rate, noise_rate)):
            (out / article.name).write_bytes(article.data)
            fh.write(("\n  " if n == 0 else ",\n  ") + json.dumps(_manifest_entry(article)))
        fh.write("\n]}\n" if count else "]}\n")
    partial.replace(manifest)
    return manifest


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_corpus.py",
        description="Generate a synthetic alphanode article corpus with a manifest of injected defects.",
    )
    parser.add_argument("out_dir", type=Path, help="directory for the articles and manifest.json")
    parser.add_argument("--count", type=_count, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--defect-rate",
        type=_rate,
        default=0.5,
        help="share of articles with exactly one injected defect (default 0.5)",
    )
    parser.add_argument(
        "--noise-rate",
        type=_rate,
        default=0.3,
        help="share of articles with format noise such as CRLF or a BOM (default 0.3)",
    )
    args = parser.parse_args(argv)
    manifest = write_corpus(args.out_dir, args.count, args.seed, args.defect_rate, args.noise_rate)
    print(f"wrote {args.count} articles and {manifest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
