"""The govkg command line: a thin layer over the library (no extraction logic here).

Exit codes:
  0  success
  1  error: a clear one-line message on stderr (no store, bad query, unwritable output,
     SPARQL syntax error, refused update, timeout, SHACL violations, internal error …)
  2  usage error (unknown option, missing argument, bad value) — printed by click
  3  build finished, but some input files were skipped (each named on stderr)
  130 interrupted (Ctrl-C)
Never a traceback: an unexpected exception prints "govkg: internal error: …";
`govkg --debug …` (or GOVKG_DEBUG=1) shows the traceback instead.
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import click

from .limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

STORE_OPTION = click.option("--store", "store_dir", type=click.Path(path_type=Path), default=Path("output"),
                            show_default=True, help="Build directory holding the store.")


def fail(message: str) -> None:
    click.echo(f"govkg: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _set_debug(ctx: click.Context, _param, value: bool) -> None:
    if value:
        ctx.meta["govkg.debug"] = True


DEBUG_OPTION = click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug,
                            help="Show the Python traceback of an internal error.")


def _debugging(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("govkg.debug")) or os.environ.get("GOVKG_DEBUG", "") not in {"", "0"}


class GuardedGroup(click.Group):
    """A click group that turns any unexpected exception into one line (traceback with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("govkg: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # click quietens a closed pipe (e.g. `govkg query … | head`)
            if _debugging(ctx):
                raise
            where = f" ({exc.filename})" if exc.filename else ""
            fail(f"{exc.strerror or exc}{where}")
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if _debugging(ctx):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")


def job_options(command):
    """--jobs, --doc-timeout, --doc-memory, --quiet, --no-cache and --scheduler, shared by build and remove."""
    options = [
        click.option("--jobs", "-j", type=click.IntRange(min=1),
                     help="Worker processes for extraction (default: every core)."),
        click.option("--doc-timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_SECONDS,
                     show_default=True, help="Skip a document whose extraction takes longer (seconds)."),
        click.option("--doc-memory", type=click.IntRange(min=64), default=DEFAULT_MEMORY_MB, show_default=True,
                     help="Skip a document whose extraction needs more memory (MB above a worker's start)."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary line."),
        click.option("--no-cache", is_flag=True,
                     help="Extract every document again and write every output whole (default: reuse the kept "
                          "extractions of unchanged documents and patch the previous build's outputs)."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Extract on the workers of this Dask scheduler (e.g. tcp://host:8786) instead of "
                          "local processes; needs govkg[cluster] (see README, Extraction on a cluster)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(cls=GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
@DEBUG_OPTION
def main() -> None:
    """Knowledge graph of government programs, officials and places from Chinese regional news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Build directory to write.")
@click.option("--add", "add_docs", is_flag=True,
              help="Add INPUTS to the existing build in --out (replacing documents of the same name).")
@click.option("--no-network", is_flag=True, help="Do not write network.html.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="Skip input files larger than this many MB (read before anything is decoded).")
@click.option("--date", "given_date", metavar="YYYY-MM-DD",
              help="Publication date of every input (wins over the text's and the path's; see README, Dates).")
@click.option("--dates", "dates_csv", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="CSV of 'file,date' rows (file name or path -> YYYY-MM-DD); wins over --date.")
@job_options
@DEBUG_OPTION
def build(inputs: tuple[Path, ...], out: Path, add_docs: bool, no_network: bool, max_size: float,
          given_date: str | None, dates_csv: Path | None,
          jobs: int | None, doc_timeout: float, doc_memory: int, quiet: bool, no_cache: bool,
          scheduler: str | None) -> None:
    """Build the graph from INPUTS (files or folders of .txt pages)."""
    from dataclasses import replace

    from .pipeline import add as run_add, build as run_build

    job = run_add if add_docs else run_build
    settings = replace(_settings(jobs, doc_timeout, doc_memory, quiet, no_cache, scheduler),
                       dates=_given_dates(given_date, dates_csv))
    report = _run_job(lambda: job(list(inputs), out, network=not no_network,
                                  max_bytes=int(max_size * 1024 * 1024), settings=settings), out)
    reused = f" ({report.cached} unchanged, reused)" if report.cached else ""
    click.echo(f"built {len(report.documents)} document(s){reused}, {report.triples} triples -> {out}/")
    if report.skipped:
        click.echo(f"govkg: {len(report.skipped)} input file(s) skipped (see messages above)", err=True)
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("docs", nargs=-1, required=True)
@click.option("--no-network", is_flag=True, help="Do not rewrite network.html.")
@job_options
@STORE_OPTION
@DEBUG_OPTION
def remove(docs: tuple[str, ...], no_network: bool, jobs: int | None, doc_timeout: float, doc_memory: int,
           quiet: bool, no_cache: bool, scheduler: str | None, store_dir: Path) -> None:
    """Take documents DOCS (doc ids or their file names) out of the build and rebuild it."""
    from .pipeline import remove as run_remove

    settings = _settings(jobs, doc_timeout, doc_memory, quiet, no_cache, scheduler)
    report = _run_job(lambda: run_remove(list(docs), store_dir, network=not no_network, settings=settings),
                      store_dir)
    click.echo(f"removed {len(docs)} document(s); {len(report.documents)} left, {report.triples} triples -> {store_dir}/")


def _settings(jobs: int | None, doc_timeout: float, doc_memory: int, quiet: bool, no_cache: bool,
              scheduler: str | None = None):
    """The pipeline's Settings from the job options."""
    from .pipeline import Settings
    from .progress import TerminalProgress
    from .limits import Limits

    return Settings(jobs=jobs, limits=Limits(seconds=doc_timeout, memory_mb=doc_memory),
                    progress=None if quiet else TerminalProgress(), cache=not no_cache, scheduler=scheduler,
                    leaving=True)           # a build job leaves by os._exit (`entry`)


def _given_dates(given_date: str | None, dates_csv: Path | None):
    """The dates the user gives (--date, --dates), or None; a bad date or row is a usage error."""
    from .dates import GivenDates, load_dates_csv, parse_iso_date

    if given_date is None and dates_csv is None:
        return None
    try:
        default = parse_iso_date(given_date) if given_date is not None else None
        rows = load_dates_csv(dates_csv) if dates_csv is not None else ()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--date/--dates") from None
    except OSError as exc:
        raise click.BadParameter(f"{dates_csv}: {exc.strerror or exc}", param_hint="--dates") from None
    return GivenDates(default, rows)


def _run_job(job, out: Path):
    """Run a build job; its expected failures become one-line messages (exit 1). The process
    then leaves without tearing its heap down (see `entry`)."""
    global _leave_at_exit
    _leave_at_exit = True
    from .gazetteer import GazetteerError
    from .pipeline import BuildError
    from .store import StoreError

    try:
        return job()
    except (BuildError, GazetteerError, StoreError) as exc:
        fail(str(exc))
    except OSError as exc:
        if exc.errno in {errno.ENOSPC, errno.EACCES, errno.EROFS, errno.EPERM, errno.EDQUOT}:
            fail(f"cannot write the build to {out}/: {exc.strerror}; the previous build is unchanged")
        raise


DEFAULT_TIMEOUT = 60.0


@main.command()
@click.argument("query", required=False)
@click.option("--named", help="Run a named query from ontology/queries/ (see --list).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and their parameters.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the named query (repeatable), e.g. --param place=邵阳市 --param year=2022; "
                   "written into the query as one escaped RDF term.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Stop a read query after this many seconds; 0 = no limit.")
@click.option("--allow-update", is_flag=True, help="Allow INSERT/DELETE/CLEAR/DROP (they change the store).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE: the query may send requests to other SPARQL endpoints over the network.")
@click.option("--allow-load", is_flag=True, help="Allow LOAD (with --allow-update): reads any URL or local file.")
@STORE_OPTION
@DEBUG_OPTION
def query(query: str | None, named: str | None, list_named: bool, params: tuple[str, ...], fmt: str,
          timeout: float, allow_update: bool, allow_service: bool, allow_load: bool, store_dir: Path) -> None:
    """Run a SPARQL 1.1 QUERY (text or a .rq file) against the store.

    A query makes no network request and reads no file: SERVICE and LOAD are refused
    unless --allow-service / --allow-load is given. Ctrl-C stops a running query."""
    from .queries import (QueryError, check_remote, format_table, is_update, load_named, named_queries,
                          run_query_with_timeout, run_update)
    from .store import STORE_DIR, FilesNotRewritten, StoreError, require_store, update_store
    from .tables import read_table

    from .queries import bind, parse_param_options, query_params   # --param and --list
    if list_named:
        for name, path in named_queries().items():
            text = path.read_text(encoding="utf-8-sig")
            click.echo(f"{name:24} {text.splitlines()[0].lstrip('# ')}")
            for param in query_params(text).values():
                click.echo(f"{'':24}   --param {param.usage()}")
        return
    try:
        sparql = _query_text(query, named, load_named)
        values = parse_param_options(params)
        declares = bool(named) or bool(query_params(sparql))    # a .rq file of your own may declare some too
        bound = bind(sparql, values, f"named query {named!r}" if named else "the query") if values or declares else sparql
        update = is_update(sparql)
        if update and values:
            fail("--param applies to read queries only")
        if update and not allow_update:
            fail("update queries (INSERT/DELETE/LOAD/CLEAR/DROP …) change the store; "
                 "refused without --allow-update")
        check_remote(sparql, allow_service=allow_service, allow_load=allow_load)
        if update:
            try:
                update_store(store_dir, lambda store: run_update(store, sparql))
            except FilesNotRewritten as exc:
                click.echo(f"govkg: note: {exc}", err=True)
                return
            click.echo("update applied to the store; graph.ttl and graph.nt.gz rewritten from it "
                       "(facts/ and network.html are not: the next build replaces them)")
            return
        require_store(store_dir)  # a clear message when there is no store
        table = read_table(store_dir, named) if named and not values else None   # kept by the build
        if table is None:
            table = run_query_with_timeout(store_dir / STORE_DIR, bound, timeout or None)
    except (QueryError, StoreError) as exc:
        fail(str(exc))
    click.echo(format_table(table, fmt), nl=False)


def _query_text(query: str | None, named: str | None, load_named) -> str:
    from .queries import QueryError

    if named and query:
        raise QueryError("give either a query or --named, not both")
    if named:
        return load_named(named)
    if not query:
        raise QueryError("no query: give SPARQL text, a .rq file, or --named NAME (see --list)")
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and Path(query).is_file()):
        try:
            return Path(query).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise QueryError(f"cannot read {query}: {exc.strerror or exc}") from None
    return query


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "jsonld", "graphml"]), default="turtle",
              show_default=True)
@click.option("--out", "out_file", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@STORE_OPTION
@DEBUG_OPTION
def export(fmt: str, out_file: Path | None, store_dir: Path) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD or GraphML (for Gephi).

    RDF formats are streamed from the store (memory flat in the size of the graph);
    a Turtle export holds exactly the triples of graph.ttl."""
    from .export import export_graph
    from .store import StoreError, atomic_path

    if out_file is not None and not out_file.parent.is_dir():
        fail(f"cannot write {out_file}: folder {out_file.parent} does not exist; create it first")
    try:
        if out_file is None:
            export_graph(store_dir, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return
        with atomic_path(out_file) as tmp, open(tmp, "wb") as handle:
            export_graph(store_dir, fmt, handle)
    except StoreError as exc:
        fail(str(exc))
    except OSError as exc:
        if exc.errno == errno.EPIPE or out_file is None:
            raise
        fail(f"cannot write {out_file}: {exc.strerror or exc}")
    click.echo(f"wrote {out_file}", err=True)


@main.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path), required=True, help="Folder of gold JSON files.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--per-doc", is_flag=True, help="Also print a table per document.")
@click.option("--errors", is_flag=True,
              help="Also list, per document and category, gold items missed (-) and false system items (+).")
@STORE_OPTION
@DEBUG_OPTION
def eval_cmd(gold: Path, as_json: bool, per_doc: bool, errors: bool, store_dir: Path) -> None:
    """Score the build's facts/ against gold annotations (P/R/F1 per category)."""
    import json

    from .evaluate import EvalError, EvalReport, evaluate, format_errors, format_table, report_to_json

    try:
        report = evaluate(store_dir / "facts", gold)
    except EvalError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(report_to_json(report), ensure_ascii=False, indent=2))
        return
    click.echo(format_table(report))
    if per_doc:
        for doc, scores in report.per_doc.items():
            click.echo(f"\n{doc}")
            click.echo(format_table(EvalReport(categories=scores, per_doc={}, missing=[])))
    if errors:
        click.echo("\n" + format_errors(report))


@main.command()
@click.option("--shapes", type=click.Path(path_type=Path), help="SHACL shapes (default: ontology/shapes.ttl).")
@STORE_OPTION
@DEBUG_OPTION
def validate(shapes: Path | None, store_dir: Path) -> None:
    """Check the graph against the SHACL shapes; exit 1 when it does not conform."""
    from .store import StoreError
    from .validate import ShapesError, validate_store

    try:
        conforms, text = validate_store(store_dir, shapes)
    except (StoreError, ShapesError) as exc:
        fail(str(exc))
    click.echo(text)
    if not conforms:
        sys.exit(EXIT_ERROR)


@main.command()
@click.option("--focus", help="Centre the view on the node with this name (e.g. 邵阳市).")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around the focus.")
@click.option("--types", help="Comma-separated node classes to keep: place,official,person,organization,program,metric,article.")
@click.option("--out", "out_file", type=click.Path(path_type=Path),
              help="Page to write (default: network.html beside the store read, e.g. output/network.html).")
@click.option("--metrics", is_flag=True,
              help="Also draw metrics as nodes (by default each is listed in its subject's details panel).")
@STORE_OPTION
@DEBUG_OPTION
def render(focus: str | None, depth: int, types: str | None, out_file: Path | None, metrics: bool,
           store_dir: Path) -> None:
    """Write an interactive network page (whole graph, or an ego view with --focus)."""
    out_file = out_file or store_dir / "network.html"
    from .network import NODE_CLASSES, NetworkError, render_network
    from .store import StoreError, open_store

    wanted = {t.strip() for t in types.split(",") if t.strip()} if types else None
    unknown = (wanted or set()) - set(NODE_CLASSES)
    if unknown:
        fail(f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(NODE_CLASSES)}")
    try:
        stats = render_network(open_store(store_dir), out_file, focus=focus, depth=depth, types=wanted, metrics=metrics)
    except (StoreError, NetworkError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out_file}: {exc.strerror or exc}")
    click.echo(f"wrote {stats['path']} ({stats['nodes']} nodes, {stats['edges']} edges), "
               f"{stats['metrics_listed']} metrics listed in their subjects' panels")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 makes the graph reachable from other machines).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--cors", "cors", metavar="ORIGIN",
              help="Allow browser pages from ORIGIN (e.g. https://yasgui.triply.cc, or *) to query; off by default.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Stop a query after this many seconds (503).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes (queries beyond this wait for a free one).")
@STORE_OPTION
@DEBUG_OPTION
def serve(host: str, port: int, cors: str | None, timeout: float, workers: int, store_dir: Path) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (/sparql) with a query page (/)."""
    from .endpoint import ServeOptions, launch_pool
    from .store import StoreError

    options = ServeOptions(store_dir=store_dir, host=host, port=port, cors=cors, timeout=timeout, workers=workers)
    try:
        pool = launch_pool(options)           # the workers open the store while the web stack is imported
        try:
            from .server import serve as run_server
        except BaseException:
            pool.close()
            raise
        run_server(options, announce=lambda line: click.echo(line, err=True), pool=pool)
    except StoreError as exc:
        fail(str(exc))
    except OSError as exc:
        if exc.errno in {errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL}:
            fail(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port or --host")
        raise


@main.command()
@click.option("--endpoint", metavar="URL",
              help="Graph Store HTTP Protocol endpoint (Oxigraph: http://HOST:7878/store; Fuseki: .../DATASET/data).")
@click.option("--nquads", "nquads_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Instead of pushing, write the same named graphs to this N-Quads file (for bulk loaders).")
@click.option("--query-endpoint", metavar="URL",
              help="SPARQL query endpoint of the same store: also check what it holds (repairs a wiped store).")
@click.option("--user", help="User name, sent when the server asks (Basic or Digest).")
@click.option("--password", envvar="GOVKG_PUSH_PASSWORD", show_envvar=True, help="Password of --user.")
@click.option("--full", is_flag=True, help="Write every graph, whatever the push record says.")
@click.option("--dry-run", is_flag=True, help="Only say which graphs would be written and deleted.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds to wait for each answer of the server.")
@click.option("--verbose", "-v", is_flag=True, help="Name each graph as it is written or deleted.")
@STORE_OPTION
@DEBUG_OPTION
def push(endpoint: str | None, nquads_file: Path | None, query_endpoint: str | None, user: str | None,
         password: str | None, full: bool, dry_run: bool, timeout: float, verbose: bool, store_dir: Path) -> None:
    """Write the graph to a SPARQL 1.1 store, one named graph per document (only what changed).

    A token in $GOVKG_PUSH_TOKEN is sent as `Authorization: Bearer`. See README,
    "Pushing to a triple store"."""
    from .push import PushError, auth_from_env, push_build, summary, write_nquads
    from .store import StoreError

    if (endpoint is None) == (nquads_file is None):
        raise click.UsageError("give either --endpoint URL or --nquads FILE")
    try:
        if nquads_file is not None:
            graphs, triples = write_nquads(store_dir, nquads_file)
            click.echo(f"wrote {triples} triples in {graphs} named graph(s) to {nquads_file}")
            return
        report = push_build(store_dir, endpoint, query_endpoint=query_endpoint,
                            auth=auth_from_env(user, password), full=full, dry_run=dry_run, timeout=timeout,
                            progress=(lambda line: click.echo(line, err=True)) if verbose else None)
    except (PushError, StoreError) as exc:
        fail(str(exc))
    click.echo(summary(report))


_leave_at_exit = False        # set by a build job: see `entry`


def entry() -> None:
    """The `govkg` command (`main` as a process). After a build, an add or a remove it leaves by
    os._exit once its output streams are flushed: everything it wrote is closed by then (the
    build publishes its folder with a rename before it returns), and tearing down the heap of
    a build (the tokenizer's tables, the extractions, the graph) object by object takes 0.3 s
    at 40 pages and grows with the build. Any other command ends as usual."""
    try:
        main()
    except SystemExit as exc:
        if _leave_at_exit and (exc.code is None or isinstance(exc.code, int)):
            _leave(exc.code or 0)
        raise


def _leave(code: int) -> None:
    import logging

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):       # a closed pipe: nothing more can be said
            pass
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    entry()
