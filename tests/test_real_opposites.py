"""Two symmetric cases written in the same words (issue 13, the fifth stand-in): sentences that
differ in opposites or in a measure's unit are not near duplicates (DUP002)."""

from __future__ import annotations

from helpers import lint
from test_real_articles import post

from lintkit.near import differs_in_what_matters


def test_opposites_and_units_are_what_matters() -> None:
    """cdk8s-plus's guides describe scaling up and down, ingress and egress, co-location and
    separation in the same sentence with one word turned; kubeclient's two tokens are good for one
    minute and one hour. Each was a DUP002 finding."""
    pairs = [
        (
            "The autoscaler will try and add 1 replica, meaning we'll have 2 web servers running.",
            "The autoscaler will try and remove 1 replica, meaning we'll have 2 web servers running.",
        ),
        (
            "Isolating pods for egress traffic egress can be done either at, or post construction:",
            "Isolating pods for ingress traffic ingress can be done either at, or post construction:",
        ),
        (
            "No policy can cause any incoming connection to those pods to be denied, nor egress from any pod.",
            "No policy can cause any outgoing connection from those pods to be denied, nor ingress to any pod.",
        ),
        (
            "This will co-locate the Web pod with pods that have the app=cache label.",
            "This will separate the Web pod from pods that have the app=cache label.",
        ),
        (
            "Note that this returns a token good for one minute. Plan to acquire a new one.",
            "Note that this returns a token good for one hour. Plan to acquire a new one.",
        ),
    ]
    for a, b in pairs:
        assert differs_in_what_matters(a, b), (a, b)


def test_the_same_sentence_about_another_name_is_still_a_near_repeat() -> None:
    """Words that are no opposites nor members of one set (a noun, a function's name), changed in one
    place, leave a near repeat a near repeat:
    tdigest's `Computes trimmed mean of values` / `trimmed sum` (what the generated near duplicates
    of benchmarks/make_corpus.py are: one or two words changed, each in one place)."""
    pairs = [
        (
            "Computes trimmed mean of values, discarding values at the low end.",
            "Computes trimmed sum of values, discarding values at the low end.",
        ),
        (
            "The team writes the rollback note in the same place as the owner.",
            "The group writes the rollback note in the same place as the owner.",
        ),
    ]
    for a, b in pairs:
        assert not differs_in_what_matters(a, b), (a, b)


def test_two_symmetric_cases_in_a_guide_are_no_duplicate() -> None:
    body = """\
Scaling up

If the CPU utilization is 140% the autoscaler will try and provision 2 replicas.

The autoscaler will try and add 1 replica, meaning we'll have 2 web servers running, the first and a new one.

Scaling down

For example if our target CPU utilization is 70% and we have 3 replicas running and the CPU utilization is at 50%.

The autoscaler will try and remove 1 replica, meaning we'll have 2 web servers running, the first and a new one.
"""
    assert lint(post(body, 5), ["DUP002"]) == []


def test_uploads_and_downloads_push_and_pull_are_what_matters() -> None:
    """git-lfs's custom transfer spec shows the request for uploads, then for downloads, in the same words
    (a false DUP002 of the sixth stand-in); its locking spec asks for push access to create locks and pull
    access to list them."""
    assert differs_in_what_matters(
        "For uploads the request sent from git-lfs to the transfer process will look like this:",
        "For downloads the request sent from git-lfs to the transfer process will look like this:",
    )
    assert differs_in_what_matters(
        "Lock servers should require that users have push access to the repository.",
        "Lock servers should require that users have pull access to the repository.",
    )


def test_members_of_one_set_and_one_template_filled_twice_are_what_matters() -> None:
    """A reference's entries written from one template (the seventh stand-in, 13 false DUP002 at first
    contact): members of one set in one place (Stylus's `red` / `green` component, `sine` / `cosine`,
    sqlframe's `update` / `delete` method, kubeclient's `GET` / `PATCH` request), or any name swapped
    for another in every place it stands, twice at least (Foundation's `.hollow` / `.clear` button,
    delve's `local` / `package` variables, docker's prune pages' `containers` / `images`)."""
    pairs = [
        (
            "Return the red component of the given color, or set the red component to the optional second value.",
            "Return the green component of the given color, or set the green component to the optional second value.",
        ),
        ("Returns the sine of the given angle.", "Returns the cosine of the given angle."),
        (
            "The GET request should include the namespace name, except for nodes.",
            "The PATCH request should include the namespace name, except for nodes.",
        ),
        (
            "Add the .hollow class to a button to give it a hollow style. Changing this setting will remove the "
            ".hollow class from your CSS.",
            "Add the .clear class to a button to give it a clear style. Changing this setting will remove the "
            ".clear class from your CSS.",
        ),
        (
            "If regex is specified only local variables with a name matching it will be returned. If -v is "
            "specified more information about each local variable will be shown.",
            "If regex is specified only package variables with a name matching it will be returned. If -v is "
            "specified more information about each package variable will be shown.",
        ),
    ]
    for a, b in pairs:
        assert differs_in_what_matters(a, b), (a, b)
    # One name swapped in one place only, the rest the same: an edit, still a near repeat.
    assert not differs_in_what_matters(
        "Add the .hollow class to a button to give it a plain style.",
        "Add the .clear class to a button to give it a plain style.",
    )


def test_an_opposite_with_other_words_changed_and_an_operator_are_what_matters() -> None:
    """An edit puts a word for its like, never for its opposite: a pair of opposites or of one set's
    members says two cases are meant, whatever changed beside it (git-lfs's `push access ... create
    locks` / `pull access ... list locks`, `GET request ... expecting ... the HTTP response` / `PUT
    request ... sending ... the HTTP request`; ora's `before the spinner ... No prefix text` / `after
    ... No suffix text`). An operator named is what matters too (rspec's `==` / `=~` matcher); a dash
    written another way is not."""
    pairs = [
        (
            "Lock servers should require that users have push access to the repository before they can create locks.",
            "Lock servers should require that users have pull access to the repository before they can list locks.",
        ),
        (
            "The Basic transfer adapter will make a GET request on the href, expecting the raw bytes returned in "
            "the HTTP response.",
            "The Basic transfer adapter will make a PUT request on the href, sending the raw bytes returned in "
            "the HTTP request.",
        ),
        ("Add the plugin to the server before it starts.", "Remove the plugin from the cache before it starts."),
        (
            "Note: The new expect syntax no longer supports the == matcher.",
            "Note: The new expect syntax no longer supports the =~ matcher.",
        ),
    ]
    for a, b in pairs:
        assert differs_in_what_matters(a, b), (a, b)
    assert not differs_in_what_matters(
        "Keep the owner -- and the rollback note -- in one place.",
        "Keep the owner — and the rollback note — in one place.",
    )


def test_entries_about_two_code_names_are_what_matters() -> None:
    """A reference's entries differ in the code name they are about, as status lines differ in an issue's
    number: electron-remote's `remote.require()` / `remote.getGlobal()` events, etcd's metrics
    (`etcd_debugging_mvcc_put_total` / `..._delete_total`), hatch's `--data-dir` / `--cache-dir` and
    `HATCH_DATA_DIR` / `HATCH_CACHE_DIR`, LÖVE's `platform/xcode/macosx` / `platform/xcode/ios`. A
    stack's name in lower case is no code name (`node.js`, `python`): the frame's boilerplate about
    another stack stays a near repeat. A product's written as a name (`iOS` / `macOS`, Kubernetes'
    `CephFS` / `Ceph RBD`) is one of two entries (tests/test_real_blogs.py)."""
    pairs = [
        (
            "Emitted when remote.require() is called in the renderer process of webContents. Calling "
            "event.preventDefault() will prevent the module from being returned.",
            "Emitted when remote.getGlobal() is called in the renderer process of webContents. Calling "
            "event.preventDefault() will prevent the global from being returned.",
        ),
        (
            "etcd_debugging_mvcc_put_total is still served in v3.4 for backward compatibilities.",
            "etcd_debugging_mvcc_delete_total is still served in v3.4 for backward compatibilities.",
        ),
        (
            "Then use the Xcode project found at platform/xcode/love.xcodeproj to build for platform/xcode/macosx.",
            "Then use the Xcode project found at platform/xcode/love.xcodeproj to build for platform/xcode/ios.",
        ),
    ]
    for a, b in pairs:
        assert differs_in_what_matters(a, b), (a, b)
    assert not differs_in_what_matters(
        "The best result is not only a faster or cleaner node.js services implementation.",
        "The best result is not only a faster or cleaner python services implementation.",
    )
    assert differs_in_what_matters(
        "Build the app for iOS and keep the signing keys in one place.",
        "Build the app for macOS and keep the signing keys in one place.",
    )


def test_a_template_filled_with_a_few_names_and_login_logout() -> None:
    """DataChain's remotes page fills one paragraph for each storage: `uses gcsfs to interact with Google
    Cloud Storage ... described at gcsfs documentation` / `adlfs ... Azure Blob Storage ... adlfs`: each
    word put for one other only, one of them in two places (an edit changes each place once). fastapi-users'
    `Login a user` / `Logout the authenticated user` are a pair."""
    assert differs_in_what_matters(
        "DataChain uses gcsfs to interact with Google Cloud Storage. Authentication can be achieved by using "
        "any of the method described at gcsfs documentation.",
        "DataChain uses adlfs to interact with Azure Blob Storage. Authentication can be achieved by using "
        "any of the method described at adlfs documentation.",
    )
    assert differs_in_what_matters(
        "Login a user against the method named name. Check the corresponding authentication method.",
        "Logout the authenticated user against the method named name. Check the corresponding authentication method.",
    )
    # Two words changed once each, or one word changed in one of its two places: edits, near repeats.
    assert not differs_in_what_matters(
        "The team keeps the team notes in one place for the release.",
        "The group keeps the team notes in one spot for the release.",
    )
