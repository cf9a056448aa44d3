"""Running Processing algorithms from the dock as background ``QgsTask``s.

The dock never computes anything itself: it calls algorithms by id (``corridor:importsheets``…) so
that it does exactly what ``processing.run`` and ``qgis_process`` do. Each run is a task in QGIS's
task manager: progress shows in the status bar, the user can cancel it, and the interface stays
responsive. When it ends, a callback receives the results (main thread); on failure the message bar
shows the error in plain words and the log (tab "Corridor") keeps the details.
"""
import time
import traceback

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QThread, QTimer

from ..toolbelt.i18n import tr
from ..toolbelt.log import log

# Python QgsTask objects must outlive their run; the task manager does not hold a Python reference.
_RUNNING = set()


class TaskFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps what the algorithm reported, for the log and error messages."""

    def __init__(self):
        super().__init__()
        self.messages = []
        self.errors = []
        self.warnings = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        self.messages.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)
        self.warnings.append(warning)
        super().pushWarning(warning)


class AlgorithmTask(QgsTask):
    """One Processing algorithm run in the background.

    ``on_success(results)`` and ``on_error(message)`` are called in the main thread when the task ends
    (not after a cancel, unless ``on_cancel`` is given). ``iface`` (optional) gets message-bar messages.
    """

    def __init__(self, alg_id, parameters, description=None, on_success=None, on_error=None,
                 on_cancel=None, iface=None, project=None):
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        name = self.algorithm.displayName() if self.algorithm is not None else alg_id
        super().__init__(description or name, QgsTask.Flag.CanCancel)
        self.alg_id = alg_id
        self.parameters = dict(parameters)
        self.on_success = on_success
        self.on_error = on_error
        self.on_cancel = on_cancel
        self.iface = iface
        self.results = {}
        self.error = None
        self.details = ""
        self.feedback = TaskFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        # Created in the main thread, as QgsProcessingAlgRunnerTask does.
        self.context = QgsProcessingContext()
        self.context.setProject(project or QgsProject.instance())
        self.context.setFeedback(self.feedback)
        self.started_at = None
        self.elapsed = 0.0
        self.ran_in_main_thread = False
        self.done_in_main_thread = False
        # Print layouts, fonts and pixmaps belong to the main thread: such algorithms say so with
        # FlagNoThreading, and QGIS runs them there too.
        self.main_thread = self.algorithm is not None and bool(
            self.algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading)

    # -- worker thread ------------------------------------------------------------------------
    def run(self):
        # QGIS 3.22 caches each CRS and transform with the PROJ objects of the thread that made it; once an idle
        # task thread has ended (after 30 s), a CRS it made comes back from the cache "valid" with a transform
        # that silently leaves coordinates unchanged (connectivity then found no protected area in a country).
        # Each run starts from empty caches, so everything it uses is made in its own thread.
        # Only there: on QGIS 3.40, emptying the caches from a task thread leaves later layers without a CRS
        # (seen on Debian 13's 3.40.6: outputs with an empty authid, PROJ "point outside of projection domain").
        if Qgis.QGIS_VERSION_INT < 33400:
            QgsCoordinateReferenceSystem.invalidateCache()
            QgsCoordinateTransform.invalidateCache()
        self.started_at = time.monotonic()
        self.ran_in_main_thread = QThread.currentThread() == QCoreApplication.instance().thread()
        if self.algorithm is None:
            self.error = tr("The tool {alg_id} is not installed. Update the Corridor plugin.").format(
                alg_id=self.alg_id)
            return False
        try:
            ok, message = self.algorithm.checkParameterValues(self.parameters, self.context)
            if not ok:
                self.error = message
                return False
            results, ok = self.algorithm.run(self.parameters, self.context, self.feedback, {}, False)
        except QgsProcessingException as exc:
            self.error = str(exc)
            self.details = "\n".join(self.feedback.messages)
            return False
        except Exception as exc:  # anything else is a bug: plain words for the user, traceback to the log
            self.error = tr("'{name}' stopped because of an unexpected error ({error}).").format(
                name=self.description(), error=type(exc).__name__)
            self.details = traceback.format_exc()
            return False
        finally:
            self.elapsed = time.monotonic() - self.started_at
        if self.isCanceled():
            return False
        if not ok:
            self.error = self.feedback.errors[-1] if self.feedback.errors else tr(
                "'{name}' did not finish.").format(name=self.description())
            return False
        self.results = results
        return True

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def isCanceled(self):  # noqa: N802 (QGIS API)
        # Without the task manager (main-thread runs) QgsTask does not track cancellation: the feedback does.
        return super().isCanceled() or self.feedback.isCanceled()

    # -- main thread ----------------------------------------------------------------------------
    def finished(self, result):
        _RUNNING.discard(self)
        try:
            if result:
                log(tr("{name} finished in {seconds:.1f} s.").format(name=self.description(),
                                                                     seconds=self.elapsed))
                if self.on_success is not None:
                    self.on_success(self.results)
                return
            if self.isCanceled() and self.error is None:
                log(tr("{name} was cancelled.").format(name=self.description()), Qgis.MessageLevel.Warning,
                    push=True, iface=self.iface)
                if self.on_cancel is not None:
                    self.on_cancel()
                return
            message = self.error or tr("'{name}' failed.").format(name=self.description())
            log("{}\n{}\n{}".format(message, self.details, "\n".join(self.feedback.messages)),
                Qgis.MessageLevel.Critical)
            if self.iface is not None:
                self.iface.messageBar().pushMessage(
                    tr("Corridor"), tr("{message} (details in the log, tab Corridor)").format(message=message),
                    Qgis.MessageLevel.Critical, 12)
            if self.on_error is not None:
                self.on_error(message)
        except Exception:  # a callback bug must not take QGIS down with it
            log(traceback.format_exc(), Qgis.MessageLevel.Critical)


def run_algorithm(alg_id, parameters, **kwargs):
    """Start ``alg_id`` in the background; returns the task (already queued in the task manager).

    Algorithms flagged ``FlagNoThreading`` run in the main thread right after the current event, with the
    event loop turned at each progress step so the interface keeps repainting and Cancel works."""
    task = AlgorithmTask(alg_id, parameters, **kwargs)
    _RUNNING.add(task)
    if task.main_thread:
        task.feedback.progressChanged.connect(lambda _value: QgsApplication.processEvents())
        QTimer.singleShot(0, lambda: _run_in_main_thread(task))
    else:
        QgsApplication.taskManager().addTask(task)
    return task


def _run_in_main_thread(task):
    if task.feedback.isCanceled():
        result = False
    else:
        result = task.run()
    task.done_in_main_thread = True
    task.finished(result)


def is_done(task) -> bool:
    if sip.isdeleted(task):  # the task manager deletes finished tasks
        return True
    return task.done_in_main_thread or task.status() in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)


def wait_for(task, timeout: float = 60.0, step=None) -> bool:
    """Wait for ``task`` while keeping the event loop turning (scripts and tests). True if it ended.

    ``step`` is called on every turn of the loop (tests use it to check the UI still responds).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if step is not None:
            step()
        # The task object is done before finished() has run in the main thread: wait for both.
        if is_done(task) and task not in _RUNNING:
            return True
        time.sleep(0.01)
    return False
