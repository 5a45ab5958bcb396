package org.greenvalue.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a node's JSON-RPC port, so a test can take the chain off the
 * network and bring it back on the same address with its state intact: {@link #cut()} closes every
 * connection and refuses new ones, {@link #restore()} listens again, {@link #retarget} puts another
 * node (a fresh chain) behind the same address.
 */
public final class TcpRelay implements AutoCloseable {
  private volatile InetSocketAddress target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  public TcpRelay(URI target) throws IOException {
    this.target = new InetSocketAddress(target.getHost(), target.getPort());
    this.server = listen(0);
    this.port = server.getLocalPort();
    accept(server);
  }

  /** The relay's address, with the target's path. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public synchronized void cut() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    open.clear();
  }

  /** Cuts, then relays to {@code node} instead, listening again on the same port. */
  public synchronized void retarget(URI node) throws IOException {
    cut();
    target = new InetSocketAddress(node.getHost(), node.getPort());
    restore();
  }

  public synchronized void restore() throws IOException {
    if (server.isClosed()) {
      server = listenAgain();
      accept(server);
    }
  }

  /**
   * Binds the relay's port again. A socket closed while a thread is blocked in its accept is
   * released only once that thread has noticed, so the first binds may find the port still taken.
   */
  private ServerSocket listenAgain() throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return listen(port);
      } catch (java.net.BindException e) {
        if (attempt == 50) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void accept(ServerSocket listening) {
    Thread.ofVirtual()
        .start(
            () -> {
              while (!listening.isClosed()) {
                try {
                  Socket client = listening.accept();
                  InetSocketAddress node = target;
                  Socket upstream;
                  try {
                    upstream = new Socket(node.getAddress(), node.getPort());
                  } catch (IOException refused) {
                    closeQuietly(client);
                    continue;
                  }
                  open.add(client);
                  open.add(upstream);
                  pipe(client, upstream);
                  pipe(upstream, client);
                } catch (IOException e) {
                  // closed by cut(), or the target refused: the caller sees a dropped connection
                }
              }
            });
  }

  private void pipe(Socket from, Socket to) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
