package org.greenvalue.demo.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer in front of a service's instances, as a deployment has one: a TCP pass-through
 * on 127.0.0.1 (TLS ends at the instances) that hands each connection to the next instance in turn,
 * skipping one that refuses it. The services reach each other through it, at the public URLs their
 * credentials and DIDs name.
 */
final class LoadBalancer implements AutoCloseable {
  private final ServerSocket server;
  private final List<Integer> backends;
  private final AtomicInteger next = new AtomicInteger();

  private LoadBalancer(ServerSocket server, List<Integer> backends) {
    this.server = server;
    this.backends = List.copyOf(backends);
  }

  static LoadBalancer start(int port, List<Integer> backends) throws IOException {
    ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress());
    LoadBalancer balancer = new LoadBalancer(server, backends);
    Thread.ofVirtual().name("lb-" + port).start(balancer::accept);
    return balancer;
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread.ofVirtual().start(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    Socket backend = connect();
    if (backend == null) {
      close(client);
      return;
    }
    Thread.ofVirtual().start(() -> pipe(client, backend));
    pipe(backend, client);
  }

  private Socket connect() {
    int first = Math.floorMod(next.getAndIncrement(), backends.size());
    for (int i = 0; i < backends.size(); i++) {
      int port = backends.get((first + i) % backends.size());
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        return socket;
      } catch (IOException down) {
        close(socket);
      }
    }
    return null;
  }

  private static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException ended) {
      // either side closed or died
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
