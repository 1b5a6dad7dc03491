"""'Remember on this computer' against a real Secret Service (gnome-keyring on a private
D-Bus session started by the fixture), and with no keyring at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import keyring
import keyring.backends.fail
import pytest

from desktop.services import keyring_store
from desktop.services.workspace import Workspace
from tests.factories import PASSPHRASE

pytestmark = pytest.mark.keyring


@pytest.fixture(scope="module")
def secret_service():
    """gnome-keyring-daemon unlocked on a D-Bus session of our own, torn down after."""
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}")
    home = tempfile.mkdtemp(prefix="coopdesk-keyring-")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, text=True)
    address = bus.stdout.readline().strip()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "HOME": home,
           "XDG_DATA_HOME": os.path.join(home, "data"),
           "XDG_RUNTIME_DIR": home}
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
        input="test-keyring-password", env=env, capture_output=True, text=True, timeout=30)
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    os.environ["XDG_RUNTIME_DIR"] = home
    previous = keyring.get_keyring()
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    pid = [line.split("=", 1)[1] for line in daemon.stdout.splitlines()
           if line.startswith("GNOME_KEYRING_PID=")]
    if pid:
        subprocess.run(["kill", pid[0]], check=False)
    bus.terminate()
    bus.wait(timeout=10)
    shutil.rmtree(home, ignore_errors=True)


def test_the_key_is_remembered_and_opens_the_workspace(secret_service, ws, tmp_path):
    assert keyring_store.available()
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    workspace_id = ws.workspace_id
    ws.close()
    key = keyring_store.recall(workspace_id, "alice")
    assert key is not None
    again = Workspace.unlock_with_data_key(tmp_path / "ws", "alice", key)
    assert again.user == "alice"
    again.close()
    stored = secret_service.get_password("Cooperation Desk", f"{workspace_id}:alice")
    assert stored and PASSPHRASE not in stored  # the data key, never the passphrase


def test_forget_removes_it(secret_service, ws):
    keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
    keyring_store.forget(ws.workspace_id, "alice")
    assert keyring_store.recall(ws.workspace_id, "alice") is None


def test_no_keyring_is_a_clear_message_and_nothing_breaks(ws):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert not keyring_store.available()
        with pytest.raises(keyring_store.KeyringUnavailable, match="Type it each time"):
            keyring_store.remember(ws.workspace_id, "alice", ws.data_key_for_keyring())
        assert keyring_store.recall(ws.workspace_id, "alice") is None
        keyring_store.forget(ws.workspace_id, "alice")
    finally:
        keyring.set_keyring(previous)


def test_a_hanging_keyring_times_out(ws):
    import threading

    release = threading.Event()

    class Hanging(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            release.wait(30)

        def set_password(self, service, username, password):
            release.wait(30)

        def delete_password(self, service, username):
            release.wait(30)

    previous = keyring.get_keyring()
    keyring.set_keyring(Hanging())
    try:
        assert keyring_store.recall(ws.workspace_id, "alice", timeout=0.2) is None
        with pytest.raises(keyring_store.KeyringUnavailable, match="did not answer"):
            keyring_store.remember(ws.workspace_id, "alice", b"k" * 32, timeout=0.2)
    finally:
        release.set()
        keyring.set_keyring(previous)
