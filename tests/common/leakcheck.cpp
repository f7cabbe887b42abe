// In a sanitized build, the leak check runs when the application object goes, not when the process exits:
// LeakSanitizer stops every thread to look at their stacks, and at exit threads are still ending (D-Bus's, the
// thread pools'), which made its tracer crash now and then ("Tracer caught signal 11") after every test had
// passed. Compiled into every test (ta_add_test); nothing in other builds.

#include <QCoreApplication>
#include <QThreadPool>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TA_LEAK_CHECK 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TA_LEAK_CHECK 1
#endif

#ifdef TA_LEAK_CHECK
#include <sanitizer/lsan_interface.h>

namespace {

void checkLeaksNow()
{
    // The pool's threads end first; what is still allocated then is either reachable or leaked.
    QThreadPool::globalInstance()->waitForDone();
    __lsan_do_leak_check(); // once: the check at exit is then skipped
}

void registerLeakCheck()
{
    qAddPostRoutine(checkLeaksNow);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerLeakCheck)
#endif
