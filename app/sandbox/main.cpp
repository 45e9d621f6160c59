// acr-bss-sandbox: a local BSS endpoint for tests and demos (see the README).
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
